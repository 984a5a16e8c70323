import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined'
import { useState } from 'react'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'

interface ActiveCellProps {
  keyRow: KeyRow
  /** The short name the row's controls are labelled with. */
  name: string
  disabled: boolean
  /** False when nothing was switched (the console asks first). */
  onToggle: (active: boolean) => boolean
}

/**
 * The key's Active switch. While the Cloud API has not said whether the key is active (it is new
 * and only the management API lists it, or the list came without items), an unchecked switch
 * would say "off": the cell says "Unknown" instead and why, and the list checks again by itself.
 */
export function ActiveCell({ keyRow, name, disabled, onToggle }: ActiveCellProps) {
  const t = useMessages(keyMessages)
  // What the user just switched to, shown in the click's own frame: the list's optimistic state
  // reaches the row a task later (react-query notifies its observers in a timer), and a controlled
  // switch would show the old state until then. Dropped once the list agrees; a refusal then
  // moves the switch back with the list.
  const [asked, setAsked] = useState<boolean | null>(null)
  if (asked !== null && asked === keyRow.active) setAsked(null)
  if (keyRow.active === null) {
    return (
      <Hint title={t('activeUnknownHint')} describeChild>
        <Stack
          role="img"
          tabIndex={0}
          aria-label={t('activeUnknownLabel', { key: name })}
          direction="row"
          sx={{ alignItems: 'center', gap: 0.5, width: 'fit-content' }}
        >
          <HelpOutline fontSize="small" color="action" aria-hidden />
          <Typography component="span" variant="body2" aria-hidden>
            {t('activeUnknown')}
          </Typography>
        </Stack>
      </Hint>
    )
  }
  return (
    <Switch
      checked={asked ?? keyRow.active}
      disabled={disabled}
      onChange={(_event, checked) => {
        if (onToggle(checked)) setAsked(checked)
      }}
      slotProps={{ input: { 'aria-label': t('activeLabel', { key: name }) } }}
    />
  )
}
