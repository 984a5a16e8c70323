import { lazy, Suspense } from 'react'
import { useSession } from '../lib/session'

// Loaded only when a request gets 401: most sessions never need it.
const ReSignInDialog = lazy(async () => ({
  default: (await import('../features/auth/ReSignInDialog')).ReSignInDialog,
}))

export function ReSignIn() {
  const { reauthOpen } = useSession()
  if (!reauthOpen) return null
  return (
    <Suspense fallback={null}>
      <ReSignInDialog />
    </Suspense>
  )
}
