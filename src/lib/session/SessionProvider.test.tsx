import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../api/auth'
import { getAuthToken } from '../../api/session-token'
import { demoPassword, demoUsers, setUpEmulator, signInAs } from '../../testing/emulator'
import { useSession } from './context'
import { SessionProvider } from './SessionProvider'

setUpEmulator()

const { alice } = demoUsers

/** What a page under the session sees: who is signed in and whether the sign-in prompt is open. */
function Probe() {
  const { state, signIn, signInWithToken, reauthOpen } = useSession()
  return (
    <>
      <p>{state.status === 'signed-in' ? `Signed in as ${state.identity.email}` : state.status}</p>
      {reauthOpen && <p>Sign in again</p>}
      <button onClick={() => void signIn({ email: alice.email, password: demoPassword })}>
        Password
      </button>
      <button onClick={() => void signInAs(alice.email, 2).then(signInWithToken)}>
        Two-second token
      </button>
    </>
  )
}

function renderSession() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Probe />
      </SessionProvider>
    </QueryClientProvider>,
  )
  return userEvent.setup()
}

describe('SessionProvider', () => {
  it('signs in with a password for a token that lives a working day, not the API’s year', async () => {
    const user = renderSession()
    await user.click(screen.getByRole('button', { name: 'Password' }))
    await screen.findByText(`Signed in as ${alice.email}`)
    const lifetime = decodeToken(getAuthToken() ?? '').expiresAt.getTime() - Date.now()
    expect(lifetime).toBeLessThanOrEqual(8 * 60 * 60 * 1000)
    expect(lifetime).toBeGreaterThan(8 * 60 * 60 * 1000 - 60_000)
  })

  it('asks the user to sign in again the moment the token expires, without a request', async () => {
    const user = renderSession()
    await user.click(screen.getByRole('button', { name: 'Two-second token' }))
    await screen.findByText(`Signed in as ${alice.email}`)
    expect(screen.queryByText('Sign in again')).toBeNull()
    // The session stays (the page underneath keeps what was typed) while the prompt is open.
    await waitFor(() => expect(screen.getByText('Sign in again')).toBeVisible(), { timeout: 6000 })
    expect(screen.getByText(`Signed in as ${alice.email}`)).toBeVisible()
  })
})
