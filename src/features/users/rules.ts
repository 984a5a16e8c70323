import type { Group } from '../../api/groups'
import type { User } from '../../api/users'

export type UserRole = 'owner' | 'administrator' | 'user'

/**
 * The Cloud API marks owners and administrators alike with `administrator: true`; only the
 * contract (`GET /contracts`) names its owner, by email.
 */
export function roleOf(user: Pick<User, 'email' | 'administrator'>, ownerEmail: string | null) {
  const isOwner = ownerEmail !== null && sameEmail(user.email, ownerEmail)
  const role: UserRole = isOwner ? 'owner' : user.administrator ? 'administrator' : 'user'
  return role
}

function sameEmail(left: string, right: string): boolean {
  return left.trim().toLowerCase() === right.trim().toLowerCase() && left.trim() !== ''
}

/** The ids of the groups that grant "Use Object Storage". */
export function privilegedGroupIds(groups: readonly Group[]): Set<string> {
  return new Set(groups.filter((group) => group.s3Privilege).map((group) => group.id))
}

/** Administrators (and owners) always may; everybody else needs a group with `s3Privilege`. */
export function mayUseObjectStorage(
  user: Pick<User, 'administrator'>,
  groupIds: readonly string[],
  privileged: ReadonlySet<string>,
): boolean {
  return user.administrator || groupIds.some((id) => privileged.has(id))
}

/** The groups a user can be added to so that they may use Object Storage. */
export function grantableGroups(groups: readonly Group[], memberOf: readonly string[]): Group[] {
  const current = new Set(memberOf)
  return groups.filter((group) => group.s3Privilege && !current.has(group.id))
}

/** "Alice Anderson", or the email when the account has no name. */
export function displayName(user: Pick<User, 'firstname' | 'lastname' | 'email'>): string {
  const name = [user.firstname.trim(), user.lastname.trim()].filter(Boolean).join(' ')
  return name || user.email
}

/** What a user loses by leaving a group, as far as Object Storage goes. */
export type LeavingLoss =
  /** The group is their only way to "Use Object Storage": no new keys afterwards. */
  | { kind: 'privilege' }
  /** The group grants it, but so does another group of theirs (or they are an administrator). */
  | { kind: 'kept'; through: string | null }
  /** The group does not grant it: Object Storage is not affected. */
  | { kind: 'none' }

export function lossOnLeaving(
  user: Pick<User, 'administrator'>,
  memberOf: readonly Group[],
  groupId: string,
): LeavingLoss {
  const leaving = memberOf.find((group) => group.id === groupId)
  if (!leaving?.s3Privilege) return { kind: 'none' }
  const other = memberOf.find((group) => group.id !== groupId && group.s3Privilege)
  if (other) return { kind: 'kept', through: other.name }
  return user.administrator ? { kind: 'kept', through: null } : { kind: 'privilege' }
}
