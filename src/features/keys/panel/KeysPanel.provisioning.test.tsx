import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findKeysTable, recordRequests, renderKeys, setUpEmulator } from '../../../testing/keys'

// New keys stay PROVISIONING for 3 s, long enough to see the list refresh itself.
setUpEmulator({ provisioningDelayMs: 3000 })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('KeysPanel: a provisioning key', { timeout: 20_000 }, () => {
  it('refreshes the list while a key is provisioning and stops once it is available', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    await user.click(screen.getByRole('button', { name: 'Generate key' }))
    const form = await screen.findByRole('dialog', { name: 'Generate a key' })
    await user.click(within(form).getByRole('button', { name: 'Generate' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save your secret key' })
    // The list behind the dialog already shows the new key.
    expect(await within(table).findByText('Provisioning')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved the secret key' }))
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await waitFor(() => expect(within(table).getAllByText('Available')).toHaveLength(3), {
      timeout: 8000,
    })
    expect(within(table).queryByText('Provisioning')).toBeNull()
    const requests = recordRequests()
    try {
      await sleep(2500)
      expect(requests.calls).toEqual([])
    } finally {
      requests.stop()
    }
  })
})
