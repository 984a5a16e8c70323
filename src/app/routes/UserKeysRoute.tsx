import { useParams } from 'react-router'
import { KeysPanel } from '../../features/keys'
import { UserKeysPage } from '../../features/users'
import { NotPermittedPage } from '../NotPermittedPage'

/** A user's page from the users feature, with the keys feature's panel in it. */
export function UserKeysRoute() {
  const { userId = '' } = useParams()
  return (
    <UserKeysPage
      // A new user is a new page: nothing typed or opened for the previous one carries over.
      key={userId}
      userId={userId}
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
  )
}
