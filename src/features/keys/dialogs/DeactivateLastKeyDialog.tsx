import DialogContentText from '@mui/material/DialogContentText'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { shortAccessKey } from '../rules'
import { ConfirmDialog } from '../../../components/ConfirmDialog'

interface DeactivateLastKeyDialogProps {
  keyRow: KeyRow
  onConfirm: () => void
  onClose: () => void
}

/** Switching off the last active key cuts off every bucket: the user confirms that first. */
export function DeactivateLastKeyDialog({
  keyRow,
  onConfirm,
  onClose,
}: DeactivateLastKeyDialogProps) {
  const t = useMessages(keyMessages)
  return (
    <ConfirmDialog
      title={t('deactivateTitle')}
      confirmLabel={t('deactivateConfirm')}
      destructive
      onConfirm={onConfirm}
      onCancel={onClose}
    >
      <DialogContentText>
        {t('deactivateBody', { key: shortAccessKey(keyRow.accessKey) })}
      </DialogContentText>
    </ConfirmDialog>
  )
}
