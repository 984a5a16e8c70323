import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { KeysPanel } from '../../features/keys'
import { useMessages } from '../../lib/i18n'
import { useIdentity } from '../../lib/session'
import { appMessages } from '../messages'

/** The signed-in user's own keys. */
export function MyKeysRoute() {
  const t = useMessages(appMessages)
  const identity = useIdentity()
  return (
    <Stack spacing={3}>
      <Typography variant="h1">{t('navMyKeys')}</Typography>
      <KeysPanel
        userId={identity.userId}
        isSelf
        canUseObjectStorage={identity.canUseObjectStorage}
        ownerName={identity.name}
      />
    </Stack>
  )
}
