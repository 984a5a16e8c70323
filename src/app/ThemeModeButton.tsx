import IconButton from '@mui/material/IconButton'
import { useColorScheme } from '@mui/material/styles'
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined'
import LightModeOutlined from '@mui/icons-material/LightModeOutlined'
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined'
import { Hint } from '../components/Hint'
import { useMessages } from '../lib/i18n'
import { useHydrated } from '../lib/browser/useHydrated'
import { appMessages } from './messages'

const NEXT_MODE = { system: 'light', light: 'dark', dark: 'system' } as const

/** Cycles system → light → dark; MUI remembers the choice and follows the OS while on "system". */
export function ThemeModeButton() {
  const t = useMessages(appMessages)
  const { mode, setMode } = useColorScheme()
  // The page's HTML shows "system": the saved choice shows once React has taken it over.
  const current = (useHydrated() ? mode : undefined) ?? 'system'
  const label = {
    system: t('themeSystem'),
    light: t('themeLight'),
    dark: t('themeDark'),
  }[current]
  const Icon = {
    system: SettingsBrightnessOutlined,
    light: LightModeOutlined,
    dark: DarkModeOutlined,
  }[current]
  const name = t('switchTheme', { mode: label })
  return (
    <Hint title={name} align="end" below>
      <IconButton color="inherit" aria-label={name} onClick={() => setMode(NEXT_MODE[current])}>
        <Icon />
      </IconButton>
    </Hint>
  )
}
