import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderSignedIn, setUpEmulator } from '../../../testing/users'
import { INVENTORY_HEADER } from './csv'
import { InventoryDialog } from './InventoryDialog'

setUpEmulator()

describe('InventoryDialog', () => {
  it('names every column the file has, and no inner workings of the scan', async () => {
    const page = <InventoryDialog onClose={() => undefined} />
    await renderSignedIn(page, { as: 'owner@example.com', at: '/users', route: '/users' })
    const dialog = await screen.findByRole('dialog', { name: 'Key inventory' })
    for (const column of INVENTORY_HEADER) expect(dialog).toHaveTextContent(`“${column}”`)
    expect(dialog).toHaveTextContent('UTC (ISO 8601)')
    expect(dialog).not.toHaveTextContent(/at a time/)
  })
})
