import { Outlet } from 'react-router'

/** The floor's signed-in frame: nothing but a landmark around the page. */
export function Layout() {
  return (
    <main>
      <Outlet />
    </main>
  )
}
