import { Suspense, useState } from 'react'
import { lazyPage, usePreloadWhenIdle } from '../boot/lazyPage'
import { useNotifications } from '../lib/browser/notifications'
import { useSession } from '../lib/session'

// The snackbar's code loads once a session stands and the browser is idle (the sign-in page does
// not pay for it), so that the first message shows with what it is about.
const NotificationCenter = lazyPage(
  async () => (await import('../components/NotificationCenter')).NotificationCenter,
)

export function Notifications() {
  const pending = useNotifications().length > 0
  const [needed, setNeeded] = useState(pending)
  usePreloadWhenIdle(NotificationCenter, useSession().state.status === 'signed-in')
  // Once loaded it stays mounted, so the last message can animate out.
  if (pending && !needed) setNeeded(true)
  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <NotificationCenter />
    </Suspense>
  )
}
