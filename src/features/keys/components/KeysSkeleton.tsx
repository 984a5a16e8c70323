import Box from '@mui/material/Box'
import Skeleton from '@mui/material/Skeleton'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'

const ROWS = 2

/** The table's shape while the first answer is on its way, so nothing jumps when it arrives. */
export function KeysSkeleton() {
  const t = useMessages(keyMessages)
  return (
    <Box role="status" aria-label={t('loading')} aria-busy="true">
      <Skeleton variant="rounded" height={56} sx={{ mb: 1 }} />
      <Skeleton variant="rounded" height={57 * (ROWS + 1)} />
    </Box>
  )
}
