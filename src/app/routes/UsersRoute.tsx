import { UsersPage } from '../../features/users'
import { NotPermittedPage } from '../NotPermittedPage'

export function UsersRoute() {
  return <UsersPage notPermitted={<NotPermittedPage />} />
}
