import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyAbilities } from '../model/abilities'
import { KeyTableRow } from './KeyTableRow'

const key: KeyRow = {
  accessKey: 'AKNEW000000000000001',
  managementId: 'm-1',
  description: 'Fresh key',
  active: true,
  status: 'AVAILABLE',
  statusMessage: null,
  administrative: false,
  createdDate: '2026-03-01T12:00:00Z',
  canonicalUserId: null,
  contractUserId: null,
  supportedRegions: null,
}
// The owner's own key, read through the management API.
const owner = { isSelf: true, canUseObjectStorage: true, management: 'used' } as const
const actions = {
  onToggle: vi.fn(() => true),
  onDelete: vi.fn(),
  onEdit: vi.fn(),
  onRenew: vi.fn(),
  onRotate: vi.fn(),
}

function renderRow(keyRow: KeyRow) {
  const { list, of } = keyAbilities(owner, [keyRow])
  render(
    <LocaleProvider>
      <Table>
        <TableBody>
          <KeyTableRow keyRow={keyRow} list={list} can={of(keyRow)} actions={actions} />
        </TableBody>
      </Table>
    </LocaleProvider>,
  )
}

describe('KeyTableRow: the Active column', () => {
  it('says "Unknown", and why, when the Cloud API has not given the key’s state: never OFF', () => {
    renderRow({ ...key, active: null })
    expect(screen.queryByRole('switch')).toBeNull()
    const unknown = screen.getByRole('img', { name: 'Active: AKNEW000…0001: not known yet' })
    expect(unknown).toHaveTextContent('Unknown')
    expect(unknown).toHaveAccessibleDescription(/has not said yet whether this key is active/)
    // Rotating depends on the state: it waits.
    expect(screen.getByRole('button', { name: 'Rotate key AKNEW000…0001' })).toBeDisabled()
  })

  it('shows a switch that is off only for a key the Cloud API reports inactive', () => {
    renderRow({ ...key, active: false })
    expect(screen.getByRole('switch', { name: 'Active: AKNEW000…0001' })).not.toBeChecked()
    expect(screen.queryByText('Unknown')).toBeNull()
  })
})

describe('KeyTableRow: the key life cycle', () => {
  it('shows a key IONOS is deleting as being deleted, with no action at all', () => {
    renderRow({ ...key, status: 'DESTROYING' })
    expect(screen.getByText('Being deleted')).toBeVisible()
    // Copying the access key is all that is left: nothing that would change the key.
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Copy access key AKNEW000…0001'])
    expect(screen.getByRole('switch')).toBeDisabled()
  })

  it('shows a failed key’s message and offers to delete it', () => {
    renderRow({ ...key, status: 'FAILED', statusMessage: 'Provisioning failed in the backend.' })
    expect(screen.getByText('Failed')).toBeVisible()
    expect(screen.getByText('Provisioning failed in the backend.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Delete key AKNEW000…0001' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Renew secret of key AKNEW000…0001' })).toBeDisabled()
  })
})
