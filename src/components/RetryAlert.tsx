import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import { useMessages } from '../lib/i18n'
import { componentMessages } from './messages'

interface RetryAlertProps {
  message: string
  onRetry: () => void
  severity?: 'error' | 'warning'
  retrying?: boolean
}

/** Something could not be loaded: says what, and offers to try again. */
export function RetryAlert({ message, onRetry, severity = 'error', retrying }: RetryAlertProps) {
  const t = useMessages(componentMessages)
  return (
    <Alert
      severity={severity}
      action={
        <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
          {t('retry')}
        </Button>
      }
    >
      {message}
    </Alert>
  )
}
