import MenuItem from '@mui/material/MenuItem'
import ListItemIcon from '@mui/material/ListItemIcon'
import Check from '@mui/icons-material/Check'
import type { ReactNode } from 'react'

interface CheckedMenuItemProps {
  checked: boolean
  lang?: string
  onClick: () => void
  children: ReactNode
}

/**
 * One choice of a menu that has a current choice (language, theme): a radio item that screen
 * readers announce as checked, with a visible check mark, not only a highlight, for the eye.
 */
export function CheckedMenuItem({ checked, lang, onClick, children }: CheckedMenuItemProps) {
  return (
    <MenuItem
      lang={lang}
      role="menuitemradio"
      aria-checked={checked}
      selected={checked}
      onClick={onClick}
    >
      {/* The icon's slot is kept for every item, so the texts line up under each other. */}
      <ListItemIcon aria-hidden>{checked && <Check fontSize="small" />}</ListItemIcon>
      {children}
    </MenuItem>
  )
}
