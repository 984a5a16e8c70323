import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useId, useState, type FormEvent } from 'react'
import { NetworkError, TimeoutError, isOutcomeUnknown, userMessage } from '../../../api/errors'
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
  const titleId = useId()
  const [description, setDescription] = useState('')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (pending || descriptionProblem(description) !== null) return
    onSubmit(description.trim())
  }

  return (
    <Dialog
      open
      // While the request runs, closing would lose the secret of a key that is being made.
      onClose={() => {
        if (cancellable) onCancel()
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ paper: { component: 'form', onSubmit: submit } }}
    >
      <DialogTitle id={titleId}>{t('generateTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
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
          {error &&
            !pending &&
            (createOutcomeAlert(userId, error) ?? <GenerateError error={error} />)}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={!cancellable}>
          {t('cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? t('generating') : t('generateSubmit')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/** A lost answer (or a gateway's error) may still have made the key: say so, not "try again". */
function GenerateError({ error }: { error: Error }) {
  const t = useMessages(keyMessages)
  const noAnswer = error instanceof NetworkError || error instanceof TimeoutError
  const uncertain = isOutcomeUnknown(error)
  const reason = userMessage(error)
  return (
    <Alert severity={uncertain ? 'warning' : 'error'} role="alert">
      {noAnswer
        ? t('generateUncertain')
        : t(uncertain ? 'generateUncertainError' : 'generateFailed', { reason })}
    </Alert>
  )
}
