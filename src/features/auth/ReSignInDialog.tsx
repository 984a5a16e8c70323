import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useId } from 'react'
import { useMessages } from '../../lib/i18n'
import { useSession } from '../../lib/session'
import { authMessages } from './messages'
import { SignInForm } from './SignInForm'

/**
 * Opens over the current page when a request gets 401. The page stays mounted underneath, so
 * whatever the user typed survives; after signing in, the waiting requests are retried.
 */
export function ReSignInDialog() {
  const t = useMessages(authMessages)
  const { state, reauthOpen, finishReauth, signOut } = useSession()
  const titleId = useId()
  // The session stays signed in while it waits: the token was refused, the account is known.
  const expected = state.status === 'signed-in' ? state.identity : null

  return (
    <Dialog
      open={reauthOpen && expected !== null}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('reauthTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('reauthIntro')}</DialogContentText>
        {expected && (
          <SignInForm
            fixedEmail={expected.email}
            onSignedIn={(identity) => {
              if (identity.userId === expected.userId) finishReauth(true)
              else void signOut()
            }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void signOut()}>{t('reauthCancel')}</Button>
      </DialogActions>
    </Dialog>
  )
}
