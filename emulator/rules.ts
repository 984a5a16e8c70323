import { forbidden } from './errors.ts'
import type { EmulatorStore, User } from './store.ts'

/** Who may do what: the permission rules both key APIs share. */

/** Owners and administrators have `administrator: true` in the Cloud API. */
export function isAdministrator(user: User): boolean {
  return user.role === 'owner' || user.role === 'admin'
}

/** Owners and administrators implicitly; others through a group with `s3Privilege`. */
export function mayUseObjectStorage(store: EmulatorStore, user: User): boolean {
  return (
    isAdministrator(user) || store.groupsOf(user.id).some((group) => group.privileges.s3Privilege)
  )
}

/** A user may read themselves; only owners and administrators may read or manage others. */
export function assertMayManage(caller: User, targetUserId: string): void {
  if (caller.id === targetUserId || isAdministrator(caller)) return
  throw forbidden(
    'Access denied: only the contract owner and administrators may read or manage other users and their keys.',
  )
}

export function assertAdministrator(caller: User, what: string): void {
  if (isAdministrator(caller)) return
  throw forbidden(`Access denied: only the contract owner and administrators may ${what}.`)
}

/**
 * Whether key creation sees the privilege now. After a group change IONOS keeps applying the old
 * privilege for a while (terraform-provider-ionoscloud #881: "The user needs to be part of a
 * group that has ACCESS_S3_OBJECT_STORAGE privilege" right after joining the group).
 */
export function privilegeInEffect(store: EmulatorStore, user: User, now = Date.now()): boolean {
  const pending = store.pendingPrivileges.get(user.id)
  if (pending && now < pending.until) return pending.before
  return mayUseObjectStorage(store, user)
}

/** Runs a group change for `user`, and delays its effect on key creation by `delayMs`. */
export function changeGroups(
  store: EmulatorStore,
  user: User,
  delayMs: number,
  change: () => void,
): void {
  const before = privilegeInEffect(store, user)
  change()
  if (delayMs > 0 && before !== mayUseObjectStorage(store, user)) {
    store.pendingPrivileges.set(user.id, { until: Date.now() + delayMs, before })
  } else store.pendingPrivileges.delete(user.id)
}
