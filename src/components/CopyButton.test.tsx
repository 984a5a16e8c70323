import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '../lib/i18n'
import { CopyButton } from './CopyButton'
import { NotificationCenter } from './NotificationCenter'

describe('CopyButton', () => {
  it('announces the copy as a sentence that starts with a capital letter', async () => {
    const user = userEvent.setup()
    render(
      <LocaleProvider>
        <CopyButton value="00000Du4AKEY" what="access key 00000Du4…AKEY" />
        <NotificationCenter />
      </LocaleProvider>,
    )
    await user.click(screen.getByRole('button', { name: /^Copy access key/ }))
    expect(await navigator.clipboard.readText()).toBe('00000Du4AKEY')
    // The snackbar, its tooltip and the live region all say it.
    expect(await screen.findAllByText(/^Access key 00000Du4…AKEY copied\./)).not.toHaveLength(0)
    expect(screen.queryAllByText(/^access key/)).toHaveLength(0)
  })
})
