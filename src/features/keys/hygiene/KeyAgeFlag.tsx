import Chip from '@mui/material/Chip'
import UpdateOutlined from '@mui/icons-material/UpdateOutlined'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { isDueForRotation, ROTATION_DAYS } from './age'
import { hygieneMessages } from './messages'

/**
 * "Over 90 days old: rotate it", on keys older than the configured rotation age. The text keeps
 * the default colour (MUI's warning text misses AA contrast); the icon carries the warning colour.
 */
export function KeyAgeFlag({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(hygieneMessages)
  if (!isDueForRotation(keyRow)) return null
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<UpdateOutlined color="warning" aria-hidden />}
      label={t('dueForRotation', { days: ROTATION_DAYS })}
      sx={{ alignSelf: 'flex-start', mt: 0.5 }}
    />
  )
}
