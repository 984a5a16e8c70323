import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'

/** Something could not be loaded: says what, and offers to try again. */
export function RetryAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useMessages(userMessages)
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    >
      {message}
    </Alert>
  )
}
