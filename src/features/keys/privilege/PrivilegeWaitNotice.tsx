import Alert from '@mui/material/Alert'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import { useMessages } from '../../../lib/i18n'
import { privilegeMessages } from './messages'

/** Shown while key creation waits for IONOS to apply a new group privilege. */
export function PrivilegeWaitNotice() {
  const t = useMessages(privilegeMessages)
  return (
    <Stack spacing={1}>
      <Alert severity="info" role="status">
        {t('applying')}
      </Alert>
      <LinearProgress aria-label={t('applyingProgress')} />
    </Stack>
  )
}
