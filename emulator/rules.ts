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
