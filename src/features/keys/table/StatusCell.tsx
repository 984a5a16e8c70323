import Chip from '@mui/material/Chip'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'

// Colours whose text meets WCAG AA on the paper of both schemes (MUI's info and warning do not,
// nor does error in the dark one); a failed key shows the error colour in its icon instead.
const COLOR = {
  PROVISIONING: 'primary',
  AVAILABLE: 'success',
  FAILED: 'default',
  DESTROYING: 'default',
} as const

function statusIcon(status: NonNullable<KeyRow['status']>) {
  if (status === 'PROVISIONING' || status === 'DESTROYING') {
    return <CircularProgress size={12} color="inherit" aria-hidden />
  }
  return status === 'FAILED' ? <ErrorOutline color="error" aria-hidden /> : undefined
}

export function StatusCell({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(keyMessages)
  const { status, statusMessage } = keyRow
  if (status === null) return <>{t('statusUnknown')}</>
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={COLOR[status]}
      label={t(`status${status}`)}
      icon={statusIcon(status)}
    />
  )
  if (!statusMessage) return chip
  // A failed key says why, in IONOS's words, where the user can read it without hovering.
  if (status === 'FAILED') {
    return (
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        {chip}
        <Typography variant="caption" sx={{ overflowWrap: 'anywhere' }}>
          {statusMessage}
        </Typography>
      </Stack>
    )
  }
  return (
    <Hint title={statusMessage} describeChild>
      {chip}
    </Hint>
  )
}
