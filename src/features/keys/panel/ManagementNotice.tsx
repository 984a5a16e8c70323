import Alert from '@mui/material/Alert'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'
import type { ManagementState } from '../queries'
import { RetryAlert } from '../../../components/RetryAlert'

interface ManagementNoticeProps {
  state: ManagementState
  onRetry: () => void
  retrying: boolean
}

/** Said once, above the list: why descriptions, status and renewal are missing. */
export function ManagementNotice({ state, onRetry, retrying }: ManagementNoticeProps) {
  const t = useMessages(keyMessages)
  if (state === 'off') return <Alert severity="info">{t('managementOff')}</Alert>
  if (state !== 'unreachable') return null
  return (
    <RetryAlert
      severity="warning"
      message={t('managementUnreachable')}
      onRetry={onRetry}
      retrying={retrying}
    />
  )
}
