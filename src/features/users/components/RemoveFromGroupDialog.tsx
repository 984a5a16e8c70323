import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useId } from 'react'
import type { Group } from '../../../api/groups'
import { isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import { userMessages } from '../messages'
import type { LeavingLoss } from '../rules'
import { useRemoveFromGroup } from '../useRemoveFromGroup'

interface RemoveFromGroupDialogProps {
  userId: string
  name: string
  group: Group
  /** What the user loses: said before anything is removed. */
  loss: LeavingLoss
  onClose: () => void
}

/** Confirms removing a user from a group; focus starts on Cancel, the safe choice. */
export function RemoveFromGroupDialog(props: RemoveFromGroupDialogProps) {
  const { userId, name, group, loss, onClose } = props
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const titleId = useId()
  const remove = useRemoveFromGroup(userId)
  const pending = remove.isPending
  const values = { name, group: group.name }

  const close = () => {
    if (pending) return
    remove.reset()
    onClose()
  }

  const confirm = () =>
    remove.mutate(
      { groupId: group.id },
      {
        onSuccess: () => {
          notify(t('removeDone', values), 'success')
          onClose()
        },
        // IONOS may have removed the user after all: the page (read again) shows what it holds.
        onError: (error) => {
          if (!isOutcomeUnknown(error)) return
          notify(t('removeUncertain', { ...values, reason: errorReason(error) }), 'warning')
          onClose()
        },
      },
    )

  return (
    <Dialog
      open
      onClose={close}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { 'aria-busy': pending } }}
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t('removeTitle', values)}
      </DialogTitle>
      <DialogContent>
        {remove.isError && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {errorReason(remove.error)}
          </Alert>
        )}
        {loss.kind === 'privilege' ? (
          <Alert severity="warning" role="note">
            {t('removeLosesPrivilege', values)}
          </Alert>
        ) : (
          <DialogContentText>
            {loss.kind === 'none'
              ? t('removeNoEffect', values)
              : loss.through === null
                ? t('removeKeepsAdministrator', values)
                : t('removeKeepsThrough', { ...values, other: loss.through })}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={pending} autoFocus>
          {t('cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={confirm} disabled={pending}>
          {pending ? t('removeSubmitting') : t('removeSubmit')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
