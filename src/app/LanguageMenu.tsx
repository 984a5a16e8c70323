import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import TranslateOutlined from '@mui/icons-material/TranslateOutlined'
import { useId, useState } from 'react'
import { LOCALES, useLocale, useMessages, type Locale } from '../lib/i18n'
import { CheckedMenuItem } from './CheckedMenuItem'
import { appMessages } from './messages'

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' }

/** Shows the current language; the choice is remembered (see LocaleProvider). */
export function LanguageMenu() {
  const t = useMessages(appMessages)
  const { locale, setLocale } = useLocale()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateOutlined />}
        aria-label={`${t('language')}: ${locale.toUpperCase()} (${LANGUAGE_NAMES[locale]})`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {locale.toUpperCase()}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LOCALES.map((value) => (
          <CheckedMenuItem
            key={value}
            lang={value}
            checked={value === locale}
            onClick={() => {
              setLocale(value)
              setAnchor(null)
            }}
          >
            {LANGUAGE_NAMES[value]}
          </CheckedMenuItem>
        ))}
      </Menu>
    </>
  )
}
