// Test glue for the users feature's component tests: the real providers around a page, a
// signed-in session against the emulator, and a memory router. App code never imports it.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { configure, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import { startTestEmulator } from '../../emulator/testing'
import { setUnauthorizedHandler } from '../api/client'
import { setAuthToken } from '../api/session-token'
import { control, signInAs } from './emulator'
import { NotificationCenter } from '../components/NotificationCenter'
import { LocaleProvider } from '../lib/i18n'
import { clearNotifications } from '../lib/browser/notifications'
import { SessionProvider, useSession } from '../lib/session'
import { saveSessionToken } from '../lib/session/token-storage'

export { demoUsers } from './emulator'

// Real HTTP against the emulator (and a 300 ms search pause) needs more than the 1 s default.
configure({ asyncUtilTimeout: 4000 })

declare const jsdom: { reconfigure(options: { url: string }): void }

/** One emulator per file (with `extraUsers` generated users), freshly seeded for every test. */
export function setUpEmulator(options: { extraUsers?: number } = {}): void {
  // The first render of a file pays for MUI and emotion warming up in jsdom.
  vi.setConfig({ testTimeout: 15_000 })
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const emulator = await startTestEmulator(options)
    close = emulator.close
    jsdom.reconfigure({ url: `${emulator.url}/` })
  })
  afterAll(async () => {
    await close?.()
  })
  beforeEach(async () => {
    setAuthToken(null)
    setUnauthorizedHandler(null)
    clearNotifications()
    await control('POST', '/reset')
  })
}

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession()
  return state.status === 'signed-in' ? children : null
}

interface RenderOptions {
  /** Who is signed in (password `demo`). */
  as: string
  /** The URL the page opens at. */
  at: string
  /** The route pattern the page is mounted on, e.g. `/users/:userId/keys`. */
  route: string
}

/** Renders `page` at `at` for a signed-in user; any other path renders "Elsewhere". */
export async function renderSignedIn(page: ReactElement, { as, at, route }: RenderOptions) {
  saveSessionToken(await signInAs(as))
  // As the app's client (src/app/queryClient.ts), but without retries.
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000 },
      mutations: { retry: false, gcTime: 0 },
    },
  })
  const router = createMemoryRouter(
    [
      { path: route, element: <WhenSignedIn>{page}</WhenSignedIn> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [at] },
  )
  const user = userEvent.setup()
  render(
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
          <NotificationCenter />
        </SessionProvider>
      </QueryClientProvider>
    </LocaleProvider>,
  )
  return { router, queryClient, user }
}

/** Records the paths of every request the page makes from now on. */
export function recordRequests(): { paths: string[]; stop: () => void } {
  const original = globalThis.fetch
  const paths: string[] = []
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    paths.push(new URL(url, window.location.origin).pathname)
    return original(input, init)
  }
  return { paths, stop: () => (globalThis.fetch = original) }
}
