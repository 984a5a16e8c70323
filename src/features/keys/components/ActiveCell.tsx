import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'

interface ActiveCellProps {
  keyRow: KeyRow
  /** The short name the row's controls are labelled with. */
  name: string
  disabled: boolean
  onToggle: (active: boolean) => void
}

/**
 * The key's Active switch. While the Cloud API has not said whether the key is active (it is new
 * and only the management API lists it, or the list came without items), an unchecked switch
 * would say "off": the cell says "Unknown" instead and why, and the list checks again by itself.
 */
export function ActiveCell({ keyRow, name, disabled, onToggle }: ActiveCellProps) {
  const t = useMessages(keyMessages)
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
      checked={keyRow.active}
      disabled={disabled}
      onChange={(_event, checked) => onToggle(checked)}
      slotProps={{ input: { 'aria-label': t('activeLabel', { key: name }) } }}
    />
  )
}
