import { ThemeProvider } from '@mui/material/styles'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { LocaleProvider, type Locale } from '../lib/i18n'
import { LanguageMenu } from './LanguageMenu'
import { ThemeModeButton } from './ThemeModeButton'
import { appTheme, COLOR_SCHEME_ATTRIBUTE, themeStorage } from './theme'

function renderMenus(locale: Locale) {
  return render(
    <ThemeProvider theme={appTheme()} {...themeStorage}>
      <LocaleProvider initial={locale}>
        <LanguageMenu />
        <ThemeModeButton />
      </LocaleProvider>
    </ThemeProvider>,
  )
}

/** The menu's choice that carries the visible check mark (an svg icon), by its text. */
function checkMarked(menu: HTMLElement): string[] {
  return within(menu)
    .getAllByRole('menuitemradio')
    .filter((item) => item.querySelector('svg') !== null)
    .map((item) => item.textContent ?? '')
}

describe('the theme and language menus', () => {
  beforeEach(() => localStorage.clear())

  it('offers the three themes, checks the current one, and the first choice changes the page', async () => {
    const user = userEvent.setup()
    renderMenus('en')
    await user.click(
      await screen.findByRole('button', { name: 'Theme (now: Theme follows the system)' }),
    )
    const menu = screen.getByRole('menu')
    expect(
      within(menu).getByRole('menuitemradio', { name: 'Theme follows the system' }),
    ).toHaveAttribute('aria-checked', 'true')
    expect(within(menu).getByRole('menuitemradio', { name: 'Dark theme' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    expect(checkMarked(menu)).toEqual(['Theme follows the system'])

    await user.click(within(menu).getByRole('menuitemradio', { name: 'Dark theme' }))
    expect(document.documentElement).toHaveAttribute(COLOR_SCHEME_ATTRIBUTE, 'dark')
    await user.click(screen.getByRole('button', { name: 'Theme (now: Dark theme)' }))
    expect(checkMarked(screen.getByRole('menu'))).toEqual(['Dark theme'])
  })

  it('checks the current language, in German too', async () => {
    const user = userEvent.setup()
    renderMenus('de')
    await user.click(screen.getByRole('button', { name: 'Sprache: DE (Deutsch)' }))
    const menu = screen.getByRole('menu')
    expect(within(menu).getByRole('menuitemradio', { name: 'Deutsch' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    expect(checkMarked(menu)).toEqual(['Deutsch'])
    await user.click(within(menu).getByRole('menuitemradio', { name: 'English' }))
    await user.click(screen.getByRole('button', { name: 'Language: EN (English)' }))
    expect(checkMarked(screen.getByRole('menu'))).toEqual(['English'])
    await user.keyboard('{Escape}')
    expect(
      screen.getByRole('button', { name: 'Theme (now: Theme follows the system)' }),
    ).toBeInTheDocument()
  })

  it('names the theme menu in German', async () => {
    const user = userEvent.setup()
    renderMenus('de')
    await user.click(
      screen.getByRole('button', { name: 'Design (jetzt: Design folgt dem System)' }),
    )
    expect(screen.getByRole('menuitemradio', { name: 'Dunkles Design' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
  })
})
