import Button from '@mui/material/Button'
import DialogContentText from '@mui/material/DialogContentText'
import Stack from '@mui/material/Stack'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { useDeleteKey } from '../mutations'
import { shortAccessKey } from '../rules'
import { ActionErrorAlert } from './ActionErrorAlert'
import { WholeAccessKey } from './WholeAccessKey'
import { ConfirmDialog } from '../../../components/ConfirmDialog'

interface DeleteKeyDialogProps {
  userId: string
  keyRow: KeyRow
  /** The user's only key: explain IONOS's rule and offer the ways out first. */
  onlyKey: boolean
  onDeactivateInstead: (() => void) | null
  onGenerateFirst: (() => void) | null
  onDeleted: () => void
  onClose: () => void
}

/** Pessimistic: shows progress, closes on success, shows the server's refusal and changes nothing. */
export function DeleteKeyDialog(props: DeleteKeyDialogProps) {
  const { userId, keyRow, onlyKey, onClose } = props
  const t = useMessages(keyMessages)
  const remove = useDeleteKey(userId)
  const name = shortAccessKey(keyRow.accessKey)

  function confirm() {
    remove.mutate(keyRow.accessKey, {
      onSuccess: () => {
        notify(t('deleted', { key: name }), 'success')
        props.onDeleted()
      },
    })
  }

  return (
    <ConfirmDialog
      title={t('deleteTitle', { key: name })}
      confirmLabel={t('deleteConfirm')}
      pendingLabel={t('deleting')}
      pending={remove.isPending}
      destructive
      onConfirm={confirm}
      onCancel={onClose}
    >
      {onlyKey && (
        <>
          <DialogContentText>{t('onlyKeyRule')}</DialogContentText>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1 }}>
            {props.onDeactivateInstead && (
              <Button
                variant="outlined"
                onClick={props.onDeactivateInstead}
                disabled={remove.isPending}
              >
                {t('onlyKeyDeactivate')}
              </Button>
            )}
            {props.onGenerateFirst && (
              <Button
                variant="outlined"
                onClick={props.onGenerateFirst}
                disabled={remove.isPending}
              >
                {t('onlyKeyGenerate')}
              </Button>
            )}
          </Stack>
          <DialogContentText>{t('onlyKeyNoBuckets')}</DialogContentText>
        </>
      )}
      <WholeAccessKey accessKey={keyRow.accessKey} />
      <DialogContentText>{t('deleteBody')}</DialogContentText>
      {remove.error && (
        <ActionErrorAlert error={remove.error} failed="deleteRefused" uncertain="deleteUncertain" />
      )}
    </ConfirmDialog>
  )
}
