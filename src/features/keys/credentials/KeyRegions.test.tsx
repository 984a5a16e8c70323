import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findKeysTable, renderKeys, setUpEmulator } from '../../../testing/keys'

setUpEmulator()

const EVERY_REGION = 'de, eu-central-2, eu-central-3, eu-central-4, eu-south-2, us-central-1'

/** Dave's row of the key made in 2023, before IONOS's contract-owned buckets. */
async function legacyRow() {
  const table = await findKeysTable()
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByText('Legacy') !== null)
  if (!row) throw new Error('no legacy key')
  return { table, row }
}

describe("A key's regions", { timeout: 20_000 }, () => {
  it('shows in each row the regions IONOS lists for the key, a legacy key only the user-owned ones', async () => {
    await renderKeys({ as: 'dave@example.com' })
    const { table, row } = await legacyRow()
    expect(within(row).getByText('Regions: de, eu-central-2, eu-south-2')).toBeVisible()
    expect(within(table).getAllByText(`Regions: ${EVERY_REGION}`)).toHaveLength(4)
  })

  it('offers the download of a renewed legacy key only its regions, and names the others', async () => {
    const { user } = await renderKeys({ as: 'dave@example.com' })
    const { row } = await legacyRow()
    await user.click(within(row).getByRole('button', { name: /^Renew secret of key/ }))
    const confirm = await screen.findByRole('dialog', { name: /^Renew the secret of key/ })
    await user.click(within(confirm).getByRole('button', { name: 'Renew secret' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save your secret key' })
    const region = within(dialog).getByRole('combobox', { name: 'Region' })
    const offered = within(region)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'))
    expect(offered).toEqual(['de', 'eu-central-2', 'eu-south-2'])
    expect(
      await within(dialog).findByText(
        /^IONOS lists only de \(.+\), eu-central-2 \(.+\), eu-south-2 \(.+\) for this key, so the other regions are not offered: eu-central-3 \(.+\), eu-central-4 \(.+\), us-central-1 \(.+\)\./,
      ),
    ).toBeVisible()
  })
})
