import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { useDeleteKey } from '../mutations'
import { shortAccessKey } from '../rules'
import { rotationMessages } from './messages'
import { StepLayout } from './StepLayout'
import type { StepProps } from './types'

/** Optional: the old key, now inactive, can go for good or stay as a way back. */
export function DeleteStep({ userId, oldAccessKey, go }: StepProps) {
  const t = useMessages(rotationMessages)
  const errorReason = useErrorReason()
  const remove = useDeleteKey(userId)
  const name = shortAccessKey(oldAccessKey)
  return (
    <StepLayout
      actions={
        <>
          <Button variant="outlined" disabled={remove.isPending} onClick={() => go('done')}>
            {t('keepInactive')}
          </Button>
          <Button
            variant="contained"
            color="error"
            disabled={remove.isPending}
            onClick={() => remove.mutate(oldAccessKey, { onSuccess: () => go('done') })}
          >
            {remove.isPending ? t('deleting') : t('deleteSubmit')}
          </Button>
        </>
      }
    >
      <Typography>{t('deleteBody', { key: name })}</Typography>
      {remove.error && (
        <Alert severity="error" role="alert">
          {t('deleteFailed', { key: name, reason: errorReason(remove.error) })}
        </Alert>
      )}
    </StepLayout>
  )
}

export function DoneStep({ oldKey, oldAccessKey, newAccessKey }: StepProps) {
  const t = useMessages(rotationMessages)
  const names = { old: shortAccessKey(oldAccessKey), new: shortAccessKey(newAccessKey ?? '') }
  let text = t('doneOldGone', names)
  if (newAccessKey !== null) text = oldKey ? t('doneKept', names) : t('doneDeleted', names)
  return (
    <StepLayout>
      <Alert severity="success">{text}</Alert>
    </StepLayout>
  )
}
