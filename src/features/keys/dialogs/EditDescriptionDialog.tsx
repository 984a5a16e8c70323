import DialogContentText from '@mui/material/DialogContentText'
import { useState } from 'react'
import { isNotFoundError } from '../../../api/errors'
import { FormDialog } from '../../../components/FormDialog'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { useUpdateDescription } from '../mutations'
import { descriptionProblem, shortAccessKey } from '../rules'
import { ActionErrorAlert } from './ActionErrorAlert'
import { DescriptionField } from './DescriptionField'
import { KeyGoneAlert } from './KeyGoneAlert'

interface EditDescriptionDialogProps {
  userId: string
  keyRow: KeyRow & { managementId: string }
  onClose: () => void
  /** Closes the dialog of a key that no longer exists (its row, the opener, is gone too). */
  onGone: () => void
}

export function EditDescriptionDialog(props: EditDescriptionDialogProps) {
  const { userId, keyRow, onClose } = props
  const t = useMessages(keyMessages)
  const update = useUpdateDescription(userId)
  const [description, setDescription] = useState(keyRow.description ?? '')
  const name = shortAccessKey(keyRow.accessKey)
  // Saving again could not help: the text stays in the field, to copy, and the dialog says why.
  const gone = update.error !== null && isNotFoundError(update.error)

  function submit() {
    if (gone || descriptionProblem(description) !== null) return
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
      onCancel={gone ? props.onGone : onClose}
      pending={update.isPending}
      submitDisabled={gone}
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
      {gone && <KeyGoneAlert name={name} kept={{ kind: 'description', text: description }} />}
      {update.error && !gone && (
        <ActionErrorAlert error={update.error} failed="saveFailed" uncertain="saveUncertain" />
      )}
    </FormDialog>
  )
}
