import Alert from '@mui/material/Alert'
import DialogContentText from '@mui/material/DialogContentText'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { isOutcomeUnknown } from '../../../api/errors'
import { useErrorReason } from '../../../lib/i18n/errors'
import { FormDialog } from '../../../components/FormDialog'
import { PageLoading } from '../../../components/PageLoading'
import { useMessages } from '../../../lib/i18n'
import { notify } from '../../../lib/browser/notifications'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { grantableGroups } from '../rules'
import { useAddToGroup } from '../useAddToGroup'
import { GroupChoice } from './GroupChoice'

interface GrantObjectStorageDialogProps {
  userId: string
  name: string
  memberOf: readonly string[]
  onClose: () => void
}

/** Adds the user to a group that has "Use Object Storage"; only such groups are offered. */
export function GrantObjectStorageDialog(props: GrantObjectStorageDialogProps) {
  const { userId, name, onClose } = props
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const groups = useQuery(userQueries.allGroups())
  const addToGroup = useAddToGroup(userId)
  const [choice, setChoice] = useState<string | null>(null)
  const options = groups.data ? grantableGroups(groups.data, props.memberOf) : []
  const selected = options.find((group) => group.id === choice) ?? options[0]
  const pending = addToGroup.isPending

  const close = () => {
    if (pending) return
    addToGroup.reset()
    onClose()
  }

  const submit = () => {
    if (!selected) return
    addToGroup.mutate(
      { groupId: selected.id },
      {
        onSuccess: () => {
          notify(t('grantDone', { name, group: selected.name }), 'success')
          onClose()
        },
        // IONOS may have added the user after all: the page (read again) shows what it holds.
        onError: (error) => {
          if (!isOutcomeUnknown(error)) return
          const reason = errorReason(error)
          notify(t('grantUncertain', { name, group: selected.name, reason }), 'warning')
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      title={t('grantTitle', { name })}
      submitLabel={t('grantSubmit')}
      pendingLabel={t('grantSubmitting')}
      onSubmit={submit}
      onCancel={close}
      pending={pending}
      submitDisabled={!selected}
    >
      <DialogContentText>{t('grantIntro', { name })}</DialogContentText>
      {addToGroup.isError && (
        <Alert severity="error" role="alert">
          {errorReason(addToGroup.error)}
        </Alert>
      )}
      {groups.isPending ? (
        <PageLoading />
      ) : groups.isError ? (
        <Alert severity="error">
          {t('grantLoadFailed', { message: errorReason(groups.error) })}
        </Alert>
      ) : options.length === 0 ? (
        <Alert severity="info">
          {groups.data.some((group) => group.s3Privilege)
            ? t('grantAllJoined', { name })
            : t('grantNoGroups')}
        </Alert>
      ) : (
        <GroupChoice
          label={t('grantGroups')}
          groups={options}
          value={selected?.id ?? ''}
          onChange={setChoice}
          disabled={pending}
        />
      )}
    </FormDialog>
  )
}
