import { act, render, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider, type Locale } from '../../lib/i18n'
import { EMULATOR_BACKEND_META } from './backendMeta'
import { DemoAccountsNote } from './DemoAccountsNote'

function serverSaysEmulator() {
  const meta = document.createElement('meta')
  meta.name = EMULATOR_BACKEND_META.name
  meta.content = EMULATOR_BACKEND_META.content
  document.head.append(meta)
}

const note = (locale: Locale) => (
  <LocaleProvider initial={locale}>
    <DemoAccountsNote />
  </LocaleProvider>
)

afterEach(() => {
  document.head.querySelector(`meta[name="${EMULATOR_BACKEND_META.name}"]`)?.remove()
})

describe('the demo accounts note on the sign-in page', () => {
  it('names the demo account and its password when the server runs the emulator', () => {
    serverSaysEmulator()
    render(note('en'))
    expect(screen.getByRole('note')).toHaveTextContent(
      'Demo: sign in as alice@example.com with the password demo; the other demo accounts are listed in the README.',
    )
  })

  it('says the same in German', () => {
    serverSaysEmulator()
    render(note('de'))
    expect(screen.getByRole('note')).toHaveTextContent(
      'Demo: Melden Sie sich als alice@example.com mit dem Passwort demo an',
    )
  })

  it('is not there when the server did not say so (live mode, a deployment)', () => {
    render(note('en'))
    expect(screen.queryByRole('note')).toBeNull()
    expect(document.body).not.toHaveTextContent('alice@example.com')
  })

  it('is never in the HTML rendered at build time, and appears after hydration without a mismatch', async () => {
    serverSaysEmulator()
    const html = renderToString(note('en'))
    expect(html).not.toContain('alice@example.com')
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const onRecoverableError = vi.fn()
    const root = await act(async () => hydrateRoot(container, note('en'), { onRecoverableError }))
    expect(await screen.findByRole('note')).toHaveTextContent('alice@example.com')
    expect(onRecoverableError).not.toHaveBeenCalled()
    act(() => root.unmount())
  })
})
