import Alert from '@mui/material/Alert'
import DialogContentText from '@mui/material/DialogContentText'
import { useState } from 'react'
import { NetworkError, TimeoutError, isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { FormDialog } from '../../../components/FormDialog'
import { useMessages } from '../../../lib/i18n'
import type { KeyPair } from '../download'
import { keyMessages } from '../messages'
import { useGenerateKey } from '../mutations'
import { PrivilegeWaitNotice } from '../privilege/PrivilegeWaitNotice'
import { usePrivilegeWait } from '../privilege/usePrivilegeWait'
import { descriptionProblem } from '../rules'
import { DescriptionField } from './DescriptionField'
import { SecretDialog } from './SecretDialog'
import { createOutcomeAlert } from './UnseenKeysAlert'

interface GenerateKeyDialogProps {
  userId: string
  /** Through the management API (with a description); else the Cloud API (without). */
  viaManagement: boolean
  onClose: () => void
}

/** Generate, then the one-time secret. The secret is this component's state and nothing else's. */
export function GenerateKeyDialog({ userId, viaManagement, onClose }: GenerateKeyDialogProps) {
  const wait = usePrivilegeWait()
  const generate = useGenerateKey(userId, viaManagement, wait.begin)
  const [pair, setPair] = useState<KeyPair | null>(null)

  function close() {
    wait.cancel()
    generate.reset()
    setPair(null)
    onClose()
  }

  if (pair) return <SecretDialog pair={pair} onClose={close} />
  return (
    <GenerateForm
      userId={userId}
      viaManagement={viaManagement}
      pending={generate.isPending}
      waitingForPrivilege={wait.phase !== 'idle'}
      // Only between two tries: a create on its way may make the key, whose secret must show.
      cancellable={!generate.isPending || wait.phase === 'waiting'}
      error={generate.error}
      onSubmit={(description) =>
        generate.mutate(description, {
          onSuccess: (created) => {
            setPair(created)
            // From here on the secret is in this component's state only, not in the mutation.
            generate.reset()
          },
        })
      }
      onCancel={close}
    />
  )
}

interface GenerateFormProps {
  userId: string
  viaManagement: boolean
  pending: boolean
  waitingForPrivilege: boolean
  cancellable: boolean
  error: Error | null
  onSubmit: (description: string) => void
  onCancel: () => void
}

function GenerateForm(props: GenerateFormProps) {
  const { userId, viaManagement, pending, waitingForPrivilege, cancellable, error } = props
  const { onSubmit, onCancel } = props
  const t = useMessages(keyMessages)
  const [description, setDescription] = useState('')

  function submit() {
    if (descriptionProblem(description) !== null) return
    onSubmit(description.trim())
  }

  // While the request runs, closing would lose the secret of a key that is being made.
  return (
    <FormDialog
      title={t('generateTitle')}
      submitLabel={t('generateSubmit')}
      pendingLabel={t('generating')}
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      cancellable={cancellable}
    >
      <DialogContentText>{t('generateIntro')}</DialogContentText>
      {viaManagement ? (
        <DescriptionField
          label={t('descriptionLabel')}
          value={description}
          onChange={setDescription}
          disabled={pending}
          autoFocus
        />
      ) : (
        <DialogContentText>{t('generateNoDescription')}</DialogContentText>
      )}
      {waitingForPrivilege && <PrivilegeWaitNotice />}
      {error && !pending && (createOutcomeAlert(userId, error) ?? <GenerateError error={error} />)}
    </FormDialog>
  )
}

/** A lost answer (or a gateway's error) may still have made the key: say so, not "try again". */
function GenerateError({ error }: { error: Error }) {
  const t = useMessages(keyMessages)
  const noAnswer = error instanceof NetworkError || error instanceof TimeoutError
  const uncertain = isOutcomeUnknown(error)
  const reason = useErrorReason()(error)
  return (
    <Alert severity={uncertain ? 'warning' : 'error'} role="alert">
      {noAnswer
        ? t('generateUncertain')
        : t(uncertain ? 'generateUncertainError' : 'generateFailed', { reason })}
    </Alert>
  )
}
