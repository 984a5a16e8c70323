// Test glue for a user's page: the page at the tab its URL names, with a stand-in keys panel.
import { useMutation } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { createUserKey } from '../api/s3keys'
import { renderSignedIn } from './users'
import { UserKeysPage, type ViewedUser } from '../features/users/components/UserKeysPage'

/** Stands in for the keys panel: shows what it was told and can generate a key. */
function KeysProbe({ user }: { user: ViewedUser }) {
  const generate = useMutation({ mutationFn: () => createUserKey(user.id) })
  return (
    <section aria-label="Keys probe">
      <p>{user.canUseObjectStorage ? 'May use Object Storage' : 'May not use Object Storage'}</p>
      <p>{user.isSelf ? 'Self' : 'Someone else'}</p>
      <button onClick={() => generate.mutate()}>Generate probe key</button>
    </section>
  )
}

/** As the app's routes mount it: `/users/:userId/keys` and `/users/:userId/groups`. */
function TabbedPage() {
  const { userId = '', tab } = useParams()
  return (
    <UserKeysPage
      userId={userId}
      tab={tab === 'groups' ? 'groups' : 'keys'}
      notPermitted={<h1>Not permitted</h1>}
      keys={(user) => <KeysProbe user={user} />}
    />
  )
}

export function renderUser(userId: string, as = 'admin@example.com', tab = 'keys') {
  const at = `/users/${userId}/${tab}`
  return renderSignedIn(<TabbedPage />, { as, at, route: '/users/:userId/:tab' })
}
