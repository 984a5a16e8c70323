import { useParams } from 'react-router'
import { PageLoading } from '../../components/PageLoading'
import { KeysPanel } from '../../features/keys'
import { UserKeysPage, type UserTab } from '../../features/users'
import { useMessages } from '../../lib/i18n'
import { SignedInPart } from '../../lib/session'
import { appMessages } from '../messages'
import { NotPermittedPage } from '../NotPermittedPage'

/** A user's page from the users feature, with the keys feature's panel in its keys tab. */
export function UserKeysRoute({ tab }: { tab: UserTab }) {
  const { userId = '' } = useParams()
  const t = useMessages(appMessages)
  // Whether this is the signed-in user's own page is part of everything it shows.
  return (
    <SignedInPart fallback={<PageLoading label={t('loading')} />}>
      {() => (
        <UserKeysPage
          // A new user is a new page: nothing typed or opened for the previous one carries over.
          key={userId}
          userId={userId}
          tab={tab}
          notPermitted={<NotPermittedPage />}
          keys={(user) => (
            <KeysPanel
              userId={user.id}
              isSelf={user.isSelf}
              canUseObjectStorage={user.canUseObjectStorage}
              ownerName={user.name}
            />
          )}
        />
      )}
    </SignedInPart>
  )
}
