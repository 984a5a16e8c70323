import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { SecretValue } from '../../../components/SecretValue'
import { CredentialDownload } from '../credentials/CredentialDownload'
import type { KeyPair } from '../download'
import { keyMessages } from '../messages'
import { useDeleteKey } from '../mutations'
import { shortAccessKey } from '../rules'
import { rotationMessages } from './messages'
import { StepLayout } from './StepLayout'
import type { StepProps } from './types'

interface SecretStepProps extends StepProps {
  /** The new key pair; null after a reload, when the secret is gone for good. */
  pair: KeyPair | null
  saved: boolean
  onSaved: (saved: boolean) => void
}

/** The one time the new secret is shown, with every download format. */
export function SecretStep(props: SecretStepProps) {
  const { pair, saved, go } = props
  const t = useMessages(rotationMessages)
  const tk = useMessages(keyMessages)
  const hintId = useId()
  if (!pair) return <SecretLost {...props} />
  return (
    <StepLayout
      actions={
        <>
          {!saved && (
            <Typography id={hintId} variant="body2" color="text.secondary">
              {t('savedHint')}
            </Typography>
          )}
          <Button
            variant="contained"
            disabled={!saved}
            aria-describedby={saved ? undefined : hintId}
            onClick={() => go('confirm')}
          >
            {t('next')}
          </Button>
        </>
      }
    >
      <Alert severity="warning">{t('secretWarning')}</Alert>
      <SecretValue label={tk('accessKey')} value={pair.accessKey} />
      <SecretValue label={tk('secretKey')} value={pair.secretKey} secret />
      <CredentialDownload pair={pair} />
      <FormControlLabel
        control={<Checkbox checked={saved} onChange={(_e, checked) => props.onSaved(checked)} />}
        label={t('savedConfirm')}
      />
    </StepLayout>
  )
}

/** After a reload: the secret is not kept, so continue only if it was saved; else start over. */
function SecretLost({ userId, newAccessKey, go }: SecretStepProps) {
  const t = useMessages(rotationMessages)
  const errorReason = useErrorReason()
  const remove = useDeleteKey(userId)
  const name = shortAccessKey(newAccessKey ?? '')
  return (
    <StepLayout
      actions={
        <>
          <Button
            disabled={remove.isPending || newAccessKey === null}
            onClick={() => {
              if (newAccessKey)
                remove.mutate(newAccessKey, { onSuccess: () => go('generate', null) })
            }}
          >
            {remove.isPending ? t('deleting') : t('secretStartOver')}
          </Button>
          <Button variant="contained" disabled={remove.isPending} onClick={() => go('confirm')}>
            {t('secretSavedContinue')}
          </Button>
        </>
      }
    >
      <Alert severity="warning">{t('secretLost', { key: name })}</Alert>
      {remove.error && (
        <Alert severity="error" role="alert">
          {t('deleteFailed', { key: name, reason: errorReason(remove.error) })}
        </Alert>
      )}
    </StepLayout>
  )
}
