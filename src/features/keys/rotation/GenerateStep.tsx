import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { NetworkError, TimeoutError, isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { DescriptionField } from '../dialogs/DescriptionField'
import { createOutcomeAlert } from '../dialogs/UnseenKeysAlert'
import type { KeyPair } from '../download'
import { keyMessages } from '../messages'
import { useGenerateKey } from '../mutations'
import { descriptionProblem, shortAccessKey } from '../rules'
import { rotationMessages } from './messages'
import { StepLayout } from './StepLayout'
import type { StepProps } from './types'

interface GenerateStepProps extends StepProps {
  viaManagement: boolean
  /** The new key was deleted meanwhile (found on resuming). */
  newKeyGone: boolean
  /** Takes the secret into the wizard's state; nothing else holds it. */
  onGenerated: (pair: KeyPair) => void
}

export function GenerateStep(props: GenerateStepProps) {
  const { userId, oldKey, oldAccessKey, viaManagement } = props
  const t = useMessages(rotationMessages)
  const tk = useMessages(keyMessages)
  const errorReason = useErrorReason()
  const generate = useGenerateKey(userId, viaManagement)
  // The new key keeps the old one's purpose.
  const [description, setDescription] = useState(oldKey?.description ?? '')
  const invalid = viaManagement && descriptionProblem(description) !== null

  function submit() {
    if (generate.isPending || invalid) return
    generate.mutate(viaManagement ? description.trim() : '', {
      onSuccess: (created) => {
        props.onGenerated(created)
        // From here on the secret is in the wizard's state only, not in the mutation.
        generate.reset()
      },
    })
  }

  const error = generate.error
  // A lost answer or a gateway's error may still have made the key: no "try again" then.
  const noAnswer = error instanceof NetworkError || error instanceof TimeoutError
  const uncertain = isOutcomeUnknown(error)
  return (
    <StepLayout
      actions={
        <Button variant="contained" onClick={submit} disabled={generate.isPending || invalid}>
          {generate.isPending ? t('generating') : t('generateSubmit')}
        </Button>
      }
    >
      {props.newKeyGone && <Alert severity="warning">{t('newKeyGone')}</Alert>}
      <Typography>{t('generateBody', { key: shortAccessKey(oldAccessKey) })}</Typography>
      {viaManagement && (
        <DescriptionField
          label={tk('descriptionLabel')}
          value={description}
          onChange={setDescription}
          disabled={generate.isPending}
        />
      )}
      {error &&
        (createOutcomeAlert(userId, error) ?? (
          <Alert severity={uncertain ? 'warning' : 'error'} role="alert">
            {noAnswer
              ? t('generateUncertain')
              : t(uncertain ? 'generateUncertainError' : 'generateFailed', {
                  reason: errorReason(error),
                })}
          </Alert>
        ))}
    </StepLayout>
  )
}
