import Alert from '@mui/material/Alert'
import { isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { keyMessages, type KeyMessageKey } from '../messages'

interface ActionErrorAlertProps {
  error: Error
  /** The server turned the action away: nothing changed. */
  failed: KeyMessageKey
  /** IONOS may have carried it out anyway (no answer, or a gateway error): look at the list. */
  uncertain: KeyMessageKey
}

/** Why an action in a dialog did not succeed, without claiming more than the console knows. */
export function ActionErrorAlert({ error, failed, uncertain }: ActionErrorAlertProps) {
  const t = useMessages(keyMessages)
  const reason = useErrorReason()
  const unknown = isOutcomeUnknown(error)
  return (
    <Alert severity={unknown ? 'warning' : 'error'} role="alert">
      {t(unknown ? uncertain : failed, { reason: reason(error) })}
    </Alert>
  )
}
