import Chip from '@mui/material/Chip'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { isDueForRotation, ROTATION_DAYS } from './age'
import { hygieneMessages } from './messages'

/** "Over 90 days old: rotate it", on keys older than the configured rotation age. */
export function KeyAgeFlag({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(hygieneMessages)
  if (!isDueForRotation(keyRow)) return null
  return (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      label={t('dueForRotation', { days: ROTATION_DAYS })}
      sx={{ alignSelf: 'flex-start', mt: 0.5 }}
    />
  )
}
