import IconButton from '@mui/material/IconButton'
import Menu from '@mui/material/Menu'
import { useColorScheme } from '@mui/material/styles'
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined'
import LightModeOutlined from '@mui/icons-material/LightModeOutlined'
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined'
import { useId, useState } from 'react'
import { Hint } from '../components/Hint'
import { useMessages } from '../lib/i18n'
import { useHydrated } from '../boot/useHydrated'
import { CheckedMenuItem } from './CheckedMenuItem'
import { appMessages } from './messages'

const MODES = ['light', 'dark', 'system'] as const
const ICONS = {
  system: SettingsBrightnessOutlined,
  light: LightModeOutlined,
  dark: DarkModeOutlined,
}

/**
 * A menu of the three themes with a check mark on the current one: a button that cycled through
 * them changed nothing visible on its first click when the system's scheme was already light.
 * MUI remembers the choice and follows the OS while on "system".
 */
export function ThemeModeButton() {
  const t = useMessages(appMessages)
  const { mode, setMode } = useColorScheme()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  // The page's HTML shows "system": the saved choice shows once React has taken it over.
  const current = (useHydrated() ? mode : undefined) ?? 'system'
  const labels = { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') }
  const Icon = ICONS[current]
  const name = t('switchTheme', { mode: labels[current] })
  return (
    <>
      <Hint title={name} align="end" below>
        <IconButton
          color="inherit"
          aria-label={name}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Icon />
        </IconButton>
      </Hint>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {MODES.map((value) => (
          <CheckedMenuItem
            key={value}
            checked={value === current}
            onClick={() => {
              setMode(value)
              setAnchor(null)
            }}
          >
            {labels[value]}
          </CheckedMenuItem>
        ))}
      </Menu>
    </>
  )
}
