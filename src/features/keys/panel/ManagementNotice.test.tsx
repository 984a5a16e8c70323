import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '../../../lib/i18n'
import { ManagementNotice } from './ManagementNotice'

function renderNotice(state: Parameters<typeof ManagementNotice>[0]['state']) {
  render(
    <LocaleProvider>
      <ManagementNotice state={state} onRetry={() => {}} retrying={false} />
    </LocaleProvider>,
  )
}

describe('ManagementNotice', () => {
  it('says that the management API is turned off, without a retry that could not help', () => {
    renderNotice('off')
    expect(screen.getByText(/Management API is turned off in this console/)).toBeVisible()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says nothing when the management API answered or was not asked', () => {
    renderNotice('used')
    renderNotice('not-asked')
    expect(document.body.textContent).toBe('')
  })
})
