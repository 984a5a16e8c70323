import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { KeysCreatedUnseenError, NoKeyCreatedError } from '../create-outcome'
import { keyMessages } from '../messages'
import { useDeleteUnseenKeys } from '../mutations'

/**
 * What a create whose answer was lost really did, as the list read afterwards shows: no key, or
 * keys whose secrets nobody has (one click may have made several), with the offer to delete them.
 * Undefined for any other error, which the caller explains itself.
 */
export function createOutcomeAlert(userId: string, error: Error) {
  if (error instanceof NoKeyCreatedError) return <NoKeyCreated error={error} />
  if (error instanceof KeysCreatedUnseenError) {
    // A new error (another click) starts with its own delete state.
    return <UnseenKeys key={error.accessKeys.join()} userId={userId} error={error} />
  }
  return undefined
}

function NoKeyCreated({ error }: { error: NoKeyCreatedError }) {
  const t = useMessages(keyMessages)
  const errorReason = useErrorReason()
  return (
    <Alert severity="error" role="alert">
      {t('createdNone', { reason: errorReason(error.cause) })}
    </Alert>
  )
}

function UnseenKeys({ userId, error }: { userId: string; error: KeysCreatedUnseenError }) {
  const t = useMessages(keyMessages)
  const errorReason = useErrorReason()
  const remove = useDeleteUnseenKeys(userId)
  const { accessKeys } = error
  const one = accessKeys.length === 1
  const names = { count: accessKeys.length, keys: accessKeys.join(', ') }
  if (remove.isSuccess) {
    return (
      <Alert severity="success" role="alert">
        {one ? t('unseenDeletedOne') : t('unseenDeletedMany', names)}
      </Alert>
    )
  }
  return (
    <Alert severity="warning" role="alert" sx={{ overflowWrap: 'anywhere' }}>
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <span>{one ? t('createdUnseenOne', names) : t('createdUnseenMany', names)}</span>
        {remove.error && (
          <span>{t('unseenDeleteFailed', { reason: errorReason(remove.error) })}</span>
        )}
        <Button
          variant="outlined"
          color="inherit"
          size="small"
          disabled={remove.isPending}
          onClick={() => remove.mutate(accessKeys)}
        >
          {remove.isPending
            ? t('deletingUnseen')
            : one
              ? t('deleteUnseenOne')
              : t('deleteUnseenMany', names)}
        </Button>
      </Stack>
    </Alert>
  )
}
