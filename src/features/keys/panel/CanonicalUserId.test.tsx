import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../../testing/emulator'
import { LocaleProvider } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { demoUsers, setUpEmulator } from '../../../testing/keys'
import { CanonicalUserId } from './CanonicalUserId'

setUpEmulator()

// A key that is still provisioning: the live API may send both IDs as null then.
const provisioning: KeyRow = {
  accessKey: 'AKNEW000000000000001',
  managementId: 'm-1',
  description: '',
  active: true,
  status: 'PROVISIONING',
  statusMessage: null,
  administrative: false,
  createdDate: '2026-03-01T12:00:00Z',
  canonicalUserId: null,
  contractUserId: null,
  supportedRegions: null,
}

describe('CanonicalUserId while IONOS sends null IDs', () => {
  it('says both IDs appear after the first key is ready, instead of an ID', async () => {
    await signInAs(demoUsers.owner.email)
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <LocaleProvider>
        <QueryClientProvider client={client}>
          <CanonicalUserId userId={demoUsers.carol.id} isSelf keys={[provisioning]} />
        </QueryClientProvider>
      </LocaleProvider>,
    )
    expect(
      await screen.findByText('Canonical user ID: Appears after the first key is ready.'),
    ).toBeVisible()
    expect(
      screen.getByText('Contract user ID: Appears after the first key is ready.'),
    ).toBeVisible()
  })
})
