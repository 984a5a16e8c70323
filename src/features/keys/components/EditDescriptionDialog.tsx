import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useId, useState, type FormEvent } from 'react'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/notifications'
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
  const titleId = useId()
  const update = useUpdateDescription(userId)
  const [description, setDescription] = useState(keyRow.description ?? '')
  const name = shortAccessKey(keyRow.accessKey)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (update.isPending || descriptionProblem(description) !== null) return
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
    <Dialog
      open
      onClose={() => {
        if (!update.isPending) onClose()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { component: 'form', onSubmit: submit } }}
    >
      <DialogTitle id={titleId}>{t('editTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
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
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={update.isPending}>
          {t('cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={update.isPending}>
          {update.isPending ? t('saving') : t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
