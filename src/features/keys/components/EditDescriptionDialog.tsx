import DialogContentText from '@mui/material/DialogContentText'
import { useState } from 'react'
import { FormDialog } from '../../../components/FormDialog'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { useUpdateDescription } from '../mutations'
import { descriptionProblem, shortAccessKey } from '../rules'
import { ActionErrorAlert } from './ActionErrorAlert'
import { DescriptionField } from './DescriptionField'

interface EditDescriptionDialogProps {
  userId: string
  keyRow: KeyRow & { managementId: string }
  onClose: () => void
}

export function EditDescriptionDialog({ userId, keyRow, onClose }: EditDescriptionDialogProps) {
  const t = useMessages(keyMessages)
  const update = useUpdateDescription(userId)
  const [description, setDescription] = useState(keyRow.description ?? '')
  const name = shortAccessKey(keyRow.accessKey)

  function submit() {
    if (descriptionProblem(description) !== null) return
    const change = { managementId: keyRow.managementId, accessKey: keyRow.accessKey }
    update.mutate(
      { ...change, description: description.trim() },
      {
        onSuccess: () => {
          notify(t('descriptionSaved', { key: name }), 'success')
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      title={t('editTitle')}
      submitLabel={t('save')}
      pendingLabel={t('saving')}
      onSubmit={submit}
      onCancel={onClose}
      pending={update.isPending}
    >
      <DialogContentText sx={{ fontFamily: 'monospace' }}>
        {t('editIntro', { key: name })}
      </DialogContentText>
      <DescriptionField
        label={t('description')}
        value={description}
        onChange={setDescription}
        disabled={update.isPending}
        autoFocus
      />
      {update.error && (
        <ActionErrorAlert error={update.error} failed="saveFailed" uncertain="saveUncertain" />
      )}
    </FormDialog>
  )
}
