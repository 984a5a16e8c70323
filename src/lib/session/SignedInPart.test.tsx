import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { demoUsers, setUpEmulator, signInAs } from '../../testing/emulator'
import { SessionProvider } from './SessionProvider'
import { SignedInPart } from './SignedInPart'
import { saveSessionToken } from './token-storage'

setUpEmulator()

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider>
        <h1>My keys</h1>
        <SignedInPart fallback={<p>Loading keys…</p>}>
          {(identity) => <p>Keys of {identity.email}</p>}
        </SignedInPart>
      </SessionProvider>
    </QueryClientProvider>,
  )
}

describe('the part of a page that depends on who is signed in', () => {
  it('shows its placeholder while a saved session is confirmed, then the part for that user', async () => {
    saveSessionToken(await signInAs(demoUsers.alice.email))
    renderPage()
    expect(screen.getByRole('heading', { name: 'My keys' })).toBeInTheDocument()
    expect(screen.getByText('Loading keys…')).toBeInTheDocument()
    expect(await screen.findByText(`Keys of ${demoUsers.alice.email}`)).toBeInTheDocument()
    expect(screen.queryByText('Loading keys…')).not.toBeInTheDocument()
  })
})
