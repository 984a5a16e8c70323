import { lazy, Suspense, useState } from 'react'
import { useNotifications } from '../lib/browser/notifications'

// The snackbar's code loads with the first message: the sign-in page does not pay for it.
const NotificationCenter = lazy(async () => ({
  default: (await import('../components/NotificationCenter')).NotificationCenter,
}))

export function Notifications() {
  const pending = useNotifications().length > 0
  const [needed, setNeeded] = useState(pending)
  // Once loaded it stays mounted, so the last message can animate out.
  if (pending && !needed) setNeeded(true)
  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <NotificationCenter />
    </Suspense>
  )
}
