import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useErrorReason } from '../../../lib/i18n/errors'
import { useMessages } from '../../../lib/i18n'
import { useDeleteKey } from '../mutations'
import { MAX_KEYS, shortAccessKey } from '../rules'
import { rotationMessages } from './messages'
import { StepLayout } from './StepLayout'
import type { StepProps } from './types'

/** At five keys: make room by deleting an inactive key; the wizard moves on once there is room. */
export function RoomStep({ userId, keys, oldAccessKey }: StepProps) {
  const t = useMessages(rotationMessages)
  const errorReason = useErrorReason()
  const remove = useDeleteKey(userId)
  const inactive = keys.filter((key) => key.active === false && key.accessKey !== oldAccessKey)
  return (
    <StepLayout>
      <Typography>
        {inactive.length > 0
          ? t('roomBody', { max: MAX_KEYS })
          : t('roomNoInactive', { max: MAX_KEYS })}
      </Typography>
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {inactive.map((key) => (
          <Button
            key={key.accessKey}
            variant="outlined"
            color="error"
            disabled={remove.isPending}
            onClick={() => remove.mutate(key.accessKey)}
          >
            {t('roomDelete', { key: shortAccessKey(key.accessKey) })}
          </Button>
        ))}
      </Stack>
      {remove.error && remove.variables && (
        <Alert severity="error" role="alert">
          {t('roomDeleteFailed', {
            key: shortAccessKey(remove.variables),
            reason: errorReason(remove.error),
          })}
        </Alert>
      )}
    </StepLayout>
  )
}
