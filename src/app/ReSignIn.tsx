import { Suspense } from 'react'
import { lazyPage, usePreloadWhenIdle } from '../boot/lazyPage'
import { useSession } from '../lib/session'

// A chunk of its own, loaded once a session stands and the browser is idle: the prompt opens the
// moment a request gets 401, instead of a round trip for its code later.
const ReSignInDialog = lazyPage(
  async () => (await import('../features/auth/ReSignInDialog')).ReSignInDialog,
)

export function ReSignIn() {
  const { state, reauthOpen } = useSession()
  usePreloadWhenIdle(ReSignInDialog, state.status === 'signed-in')
  if (!reauthOpen) return null
  return (
    <Suspense fallback={null}>
      <ReSignInDialog />
    </Suspense>
  )
}
