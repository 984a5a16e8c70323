import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import CircularProgress from '@mui/material/CircularProgress'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { useSetKeyActive } from '../mutations'
import { shortAccessKey } from '../rules'
import { rotationMessages } from './messages'
import { StepLayout } from './StepLayout'
import { isNewKeyReady } from './steps'
import type { StepProps } from './types'

/** The user says their applications use the new key; the console cannot check that for them. */
export function ConfirmStep({ oldAccessKey, newAccessKey, go }: StepProps) {
  const t = useMessages(rotationMessages)
  const [switched, setSwitched] = useState(false)
  return (
    <StepLayout
      actions={
        <Button variant="contained" disabled={!switched} onClick={() => go('deactivate')}>
          {t('next')}
        </Button>
      }
    >
      <Typography>
        {t('confirmBody', {
          old: shortAccessKey(oldAccessKey),
          new: shortAccessKey(newAccessKey ?? ''),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('secretNotKept')}
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={switched} onChange={(_e, checked) => setSwitched(checked)} />}
        label={t('confirmCheck')}
      />
    </StepLayout>
  )
}

/**
 * Switches the old key off, but only once the new key is listed, active and available: the user
 * is never left without an active key.
 */
export function DeactivateStep({
  userId,
  oldKey,
  oldAccessKey,
  keys,
  newAccessKey,
  go,
}: StepProps) {
  const t = useMessages(rotationMessages)
  const errorReason = useErrorReason()
  const deactivate = useSetKeyActive(userId)
  const name = shortAccessKey(oldAccessKey)
  const ready = isNewKeyReady(keys, newAccessKey)
  const alreadyOff = oldKey?.active === false && !deactivate.isPending

  if (alreadyOff) {
    return (
      <StepLayout
        actions={
          <Button variant="contained" onClick={() => go('delete')}>
            {t('next')}
          </Button>
        }
      >
        <Typography>{t('alreadyInactive', { key: name })}</Typography>
      </StepLayout>
    )
  }
  return (
    <StepLayout
      actions={
        <Button
          variant="contained"
          color="warning"
          disabled={!ready || deactivate.isPending}
          onClick={() =>
            deactivate.mutate(
              { accessKey: oldAccessKey, active: false },
              // Moves on only once the server agrees; a refusal stays on this step and says why.
              { onSuccess: () => go('delete') },
            )
          }
        >
          {deactivate.isPending ? t('deactivating') : t('deactivateSubmit')}
        </Button>
      }
    >
      <Typography>{t('deactivateBody', { key: name })}</Typography>
      {!ready && (
        <Stack direction="row" role="status" sx={{ gap: 1, alignItems: 'center' }}>
          <CircularProgress size={16} aria-hidden />
          <Typography variant="body2">
            {t('waitingForNewKey', { key: shortAccessKey(newAccessKey ?? '') })}
          </Typography>
        </Stack>
      )}
      {deactivate.error && (
        <Alert severity="error" role="alert">
          {t('deactivateFailed', { key: name, reason: errorReason(deactivate.error) })}
        </Alert>
      )}
    </StepLayout>
  )
}
