import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyAbilities, type KeyOwner } from '../model/abilities'
import { KeyTableRow } from './KeyTableRow'

// A key from 2020: far over the rotation age.
const oldKey: KeyRow = {
  accessKey: '00000OLDKEY000000042',
  managementId: 'm-1',
  description: null,
  active: true,
  status: 'AVAILABLE',
  statusMessage: null,
  administrative: false,
  createdDate: '2020-01-01T00:00:00Z',
  canonicalUserId: null,
  contractUserId: null,
  supportedRegions: null,
}
// The owner's own key, read through the management API.
const self: KeyOwner = { isSelf: true, canUseObjectStorage: true, management: 'used' }
const actions = {
  onToggle: vi.fn(),
  onDelete: vi.fn(),
  onEdit: vi.fn(),
  onRenew: vi.fn(),
  onRotate: vi.fn(),
}

function renderRow(keyRow: KeyRow, owner = self) {
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

afterEach(() => localStorage.clear())

describe('KeyTableRow: the age hint says "rotate it" only where rotating is possible', () => {
  it('asks to rotate an old active key, whose Rotate button works', () => {
    renderRow(oldKey)
    expect(screen.getByText('Over 90 days old: rotate it')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Rotate key 00000OLD…0042' })).toBeEnabled()
  })

  it('only states the age of an inactive key, and its disabled Rotate button says why', () => {
    renderRow({ ...oldKey, active: false })
    expect(screen.getByText('Over 90 days old')).toBeVisible()
    expect(screen.queryByText(/rotate it/)).toBeNull()
    const rotate = screen.getByRole('button', { name: 'Rotate key 00000OLD…0042' })
    expect(rotate).toBeDisabled()
    expect(rotate.parentElement).toHaveAccessibleDescription(
      'Rotate key 00000OLD…0042: Only an active key can be rotated: switch it on first.',
    )
  })

  it('says why a key IONOS is still setting up cannot be rotated yet', () => {
    renderRow({ ...oldKey, status: 'PROVISIONING' })
    expect(screen.getByText('Over 90 days old')).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Rotate key 00000OLD…0042' }).parentElement,
    ).toHaveAccessibleDescription(/once IONOS has finished with it/)
  })

  it('only states the age where the row has no actions at all', () => {
    renderRow(oldKey, { ...self, canUseObjectStorage: false })
    expect(screen.getByText('Over 90 days old')).toBeVisible()
    expect(screen.queryByRole('button', { name: /Rotate/ })).toBeNull()
  })

  it('says the same in German', () => {
    localStorage.setItem('oskc.locale', 'de')
    renderRow({ ...oldKey, active: false })
    expect(screen.getByText('Älter als 90 Tage')).toBeVisible()
    expect(
      screen.getByRole('button', { name: 'Schlüssel 00000OLD…0042 rotieren' }).parentElement,
    ).toHaveAccessibleDescription(/Nur ein aktiver Schlüssel kann rotiert werden/)
  })
})

describe('KeyTableRow: the whole access key on demand', () => {
  it('shows the whole key when the short one gets keyboard focus', async () => {
    const user = userEvent.setup()
    renderRow(oldKey)
    await user.tab()
    const short = screen.getByText('00000OLD…0042')
    expect(short).toHaveFocus()
    expect(short).toHaveAccessibleDescription('00000OLDKEY000000042')
  })
})
