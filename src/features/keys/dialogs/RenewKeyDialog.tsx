import DialogContentText from '@mui/material/DialogContentText'
import { useState } from 'react'
import { isNotFoundError } from '../../../api/errors'
import { useMessages } from '../../../lib/i18n'
import type { KeyPair } from '../download'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { useRenewKey } from '../mutations'
import { shortAccessKey } from '../rules'
import { ActionErrorAlert } from './ActionErrorAlert'
import { WholeAccessKey } from './WholeAccessKey'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { KeyGoneAlert } from './KeyGoneAlert'
import { SecretDialog } from './SecretDialog'

interface RenewKeyDialogProps {
  userId: string
  keyRow: KeyRow & { managementId: string }
  onClose: () => void
  /** Closes the dialog of a key that no longer exists (its row, the opener, is gone too). */
  onGone: () => void
}

/** Confirm that the old secret stops working, then the same one-time secret dialog. */
export function RenewKeyDialog({ userId, keyRow, onClose, onGone }: RenewKeyDialogProps) {
  const t = useMessages(keyMessages)
  const renew = useRenewKey(userId)
  const [pair, setPair] = useState<KeyPair | null>(null)
  const name = shortAccessKey(keyRow.accessKey)
  const gone = renew.error !== null && isNotFoundError(renew.error)

  function close() {
    renew.reset()
    setPair(null)
    if (gone) onGone()
    else onClose()
  }

  if (pair) return <SecretDialog pair={pair} onClose={close} />
  return (
    <ConfirmDialog
      title={t('renewTitle', { key: name })}
      confirmLabel={t('renewConfirm')}
      pendingLabel={t('renewing')}
      pending={renew.isPending}
      destructive
      confirmDisabled={gone}
      onConfirm={() =>
        renew.mutate(keyRow.managementId, {
          onSuccess: (renewed) => {
            setPair(renewed)
            // From here on the secret is in this component's state only, not in the mutation.
            renew.reset()
          },
        })
      }
      onCancel={close}
    >
      <WholeAccessKey accessKey={keyRow.accessKey} />
      <DialogContentText>{t('renewBody')}</DialogContentText>
      {gone && <KeyGoneAlert name={name} kept={{ kind: 'renew' }} />}
      {renew.error && !gone && (
        <ActionErrorAlert error={renew.error} failed="renewFailed" uncertain="renewUncertain" />
      )}
    </ConfirmDialog>
  )
}
