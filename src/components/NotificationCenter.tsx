import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import { dismissNotification, useNotifications } from '../lib/browser/notifications'
import { useErrorReason } from '../lib/i18n/errors'

/**
 * Shows the oldest notification. Screen readers hear an error through the Alert's role; any other
 * message was already spoken by the polite live region (lib/browser/announcer), so it is not said twice.
 */
export function NotificationCenter() {
  const [current] = useNotifications()
  const errorReason = useErrorReason()
  return (
    <Snackbar
      key={current?.id}
      open={current !== undefined}
      autoHideDuration={current?.severity === 'error' ? 10000 : 5000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway' && current) dismissNotification(current.id)
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {current ? (
        <Alert
          variant="filled"
          severity={current.severity}
          role={current.severity === 'error' ? 'alert' : 'none'}
          onClose={() => dismissNotification(current.id)}
          sx={{ maxWidth: 560, overflowWrap: 'anywhere' }}
        >
          {current.failure === undefined ? current.message : errorReason(current.failure)}
        </Alert>
      ) : undefined}
    </Snackbar>
  )
}
