import Stack from '@mui/material/Stack'
import Skeleton from '@mui/material/Skeleton'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'

// The heights of the filter box, the table's header and a row with two lines (date and age).
const FILTER_HEIGHT = 40
const HEADER_HEIGHT = 57
const ROW_HEIGHT = 67
const ROWS = 2

/** The table's shape while the first answer is on its way, so nothing jumps when it arrives. */
export function KeysSkeleton() {
  const t = useMessages(keyMessages)
  return (
    <Stack spacing={2} role="status" aria-label={t('loading')} aria-busy="true">
      <Skeleton variant="rounded" height={FILTER_HEIGHT} sx={{ maxWidth: 360 }} />
      <Skeleton variant="rounded" height={HEADER_HEIGHT + ROWS * ROW_HEIGHT} />
    </Stack>
  )
}
