import { ROTATION_DAYS } from '../../features/keys/hygiene/age'
import { AllKeysPage } from '../../features/users/all-keys/AllKeysPage'
import { NotPermittedPage } from '../NotPermittedPage'

/** Every key of the contract (users feature), starting "older than" at the keys' rotation age. */
export function AllKeysRoute() {
  return <AllKeysPage notPermitted={<NotPermittedPage />} rotationDays={ROTATION_DAYS} />
}
