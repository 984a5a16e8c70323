import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { PageLoading } from '../../components/PageLoading'
import { KeysPanel, MAX_KEYS } from '../../features/keys'
import { useMessages } from '../../lib/i18n'
import { SignedInPart } from '../../lib/session'
import { appMessages } from '../messages'

/**
 * The signed-in user's own keys. Heading and introduction do not depend on who is signed in: they
 * are in the page's pre-rendered HTML and stay while the keys load in below them.
 */
export function MyKeysRoute() {
  const t = useMessages(appMessages)
  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('navMyKeys')}</Typography>
        <Typography color="text.secondary">{t('myKeysIntro', { max: MAX_KEYS })}</Typography>
      </Stack>
      <SignedInPart fallback={<PageLoading label={t('loading')} />}>
        {(identity) => (
          <KeysPanel
            userId={identity.userId}
            isSelf
            canUseObjectStorage={identity.canUseObjectStorage}
            ownerName={identity.name}
          />
        )}
      </SignedInPart>
    </Stack>
  )
}
