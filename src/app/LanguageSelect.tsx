import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { LOCALES, useLocale, useMessages, type Locale } from '../lib/i18n'
import { appMessages } from './messages'

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' }

export function LanguageSelect() {
  const t = useMessages(appMessages)
  const { locale, setLocale } = useLocale()
  return (
    <TextField
      select
      size="small"
      label={t('language')}
      value={locale}
      onChange={(event) => {
        const next = LOCALES.find((candidate) => candidate === event.target.value)
        if (next) setLocale(next)
      }}
      sx={{ minWidth: 120 }}
    >
      {LOCALES.map((value) => (
        <MenuItem key={value} value={value} lang={value}>
          {LANGUAGE_NAMES[value]}
        </MenuItem>
      ))}
    </TextField>
  )
}
