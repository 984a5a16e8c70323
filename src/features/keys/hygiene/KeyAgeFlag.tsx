import Chip from '@mui/material/Chip'
import UpdateOutlined from '@mui/icons-material/UpdateOutlined'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { isDueForRotation, ROTATION_DAYS } from './age'
import { hygieneMessages } from './messages'

/**
 * "Over 90 days old: rotate it", on keys older than the configured rotation age; only "Over 90
 * days old" where the key cannot be rotated (no Rotate button, or a disabled one). The text keeps
 * the default colour (MUI's warning text misses AA contrast); the icon carries the warning colour.
 */
export function KeyAgeFlag({ keyRow, canRotate }: { keyRow: KeyRow; canRotate: boolean }) {
  const t = useMessages(hygieneMessages)
  if (!isDueForRotation(keyRow)) return null
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<UpdateOutlined color="warning" aria-hidden />}
      label={t(canRotate ? 'dueForRotation' : 'overRotationAge', { days: ROTATION_DAYS })}
      sx={{ alignSelf: 'flex-start', mt: 0.5 }}
    />
  )
}
