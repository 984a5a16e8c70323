import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'

/** What is missing and who can grant it; shown instead of buttons that could not work. */
export function NoPrivilegeNotice() {
  const t = useMessages(keyMessages)
  return (
    <Alert severity="info">
      <AlertTitle component="h2">{t('noPrivilegeTitle')}</AlertTitle>
      {t('noPrivilegeBody')}
    </Alert>
  )
}
