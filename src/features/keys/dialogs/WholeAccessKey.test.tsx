import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LocaleProvider } from '../../../lib/i18n'
import { WholeAccessKey } from './WholeAccessKey'

const accessKey = '00000Du4ZKq3-very-long-access-key-that-ends-in-Pouw'

afterEach(() => localStorage.clear())

describe('WholeAccessKey', () => {
  it('shows the whole key, named and with a copy button that names the short key', () => {
    render(
      <LocaleProvider>
        <WholeAccessKey accessKey={accessKey} />
      </LocaleProvider>,
    )
    const group = screen.getByRole('group', { name: 'Access key' })
    expect(within(group).getByText(accessKey)).toBeVisible()
    expect(
      within(group).getByRole('button', { name: 'Copy access key 00000Du4…Pouw' }),
    ).toBeVisible()
  })

  it('is named in German', () => {
    localStorage.setItem('oskc.locale', 'de')
    render(
      <LocaleProvider>
        <WholeAccessKey accessKey={accessKey} />
      </LocaleProvider>,
    )
    const group = screen.getByRole('group', { name: 'Zugriffsschlüssel' })
    expect(within(group).getByText(accessKey)).toBeVisible()
  })
})
