import { etagOf } from './ids.ts'
import { isAdministrator } from './rules.ts'
import type { AccessKey, EmulatorStore, Group, User } from './store.ts'

/**
 * Cloud API v6 representations. `level` is how much a node shows: 0 is a reference
 * (`id`, `type`, `href`); 1 adds properties and metadata with its children as references;
 * each further level expands the children one step. A top-level resource at `depth=d` is
 * level d+1, and a collection at `depth=d` shows its items at level d.
 */
export interface CloudView {
  store: EmulatorStore
  /** e.g. `http://127.0.0.1:4010/cloudapi/v6` */
  base: string
}

export function collection<T>(
  id: string,
  href: string,
  items: T[],
  level: number,
  render: (item: T, level: number) => object,
) {
  if (level <= 0) return { id, type: 'collection', href }
  return { id, type: 'collection', href, items: items.map((item) => render(item, level - 1)) }
}

export function userView(view: CloudView, user: User, level: number): object {
  const href = `${view.base}/um/users/${user.id}`
  if (level <= 0) return { id: user.id, type: 'user', href }
  const creator = view.store.userByEmail(view.store.contract.ownerEmail)
  return {
    id: user.id,
    type: 'user',
    href,
    metadata: {
      etag: etagOf(user.id, user.lastModifiedDate, user.s3CanonicalUserId, user.active),
      createdDate: user.createdDate,
      createdBy: creator?.email ?? user.email,
      createdByUserId: creator?.id ?? user.id,
      lastModifiedDate: user.lastModifiedDate,
      lastModifiedBy: creator?.email ?? user.email,
      lastModifiedByUserId: creator?.id ?? user.id,
      lastLogin: user.lastLogin,
    },
    properties: {
      firstname: user.firstname,
      lastname: user.lastname,
      email: user.email,
      administrator: isAdministrator(user),
      forceSecAuth: user.forceSecAuth,
      secAuthActive: user.secAuthActive,
      s3CanonicalUserId: user.s3CanonicalUserId,
      active: user.active,
    },
    entities: {
      owns: collection(`${user.id}/owns`, `${href}/owns`, [], level - 1, () => ({})),
      groups: userGroupsView(view, user, level - 1),
    },
  }
}

export function userGroupsView(
  view: CloudView,
  user: User,
  level: number,
  groups = view.store.groupsOf(user.id),
) {
  const href = `${view.base}/um/users/${user.id}/groups`
  return collection(`${user.id}/groups`, href, groups, level, (group, itemLevel) =>
    groupView(view, group, itemLevel),
  )
}

export function groupView(view: CloudView, group: Group, level: number): object {
  const href = `${view.base}/um/groups/${group.id}`
  if (level <= 0) return { id: group.id, type: 'group', href }
  return {
    id: group.id,
    type: 'group',
    href,
    properties: { name: group.name, ...group.privileges },
    entities: {
      users: groupMembersView(view, group, level - 1),
      resources: collection(
        `${group.id}/resources`,
        `${href}/resources`,
        [],
        level - 1,
        () => ({}),
      ),
    },
  }
}

export function groupMembersView(
  view: CloudView,
  group: Group,
  level: number,
  members = view.store.membersOf(group),
) {
  const href = `${view.base}/um/groups/${group.id}/users`
  return collection(`${group.id}/users`, href, members, level, (user, itemLevel) =>
    userView(view, user, itemLevel),
  )
}

const identityUrn = (userId: string) => `ionos:identity:::users/${userId}`

export function keyView(view: CloudView, key: AccessKey, level: number): object {
  const href = `${view.base}/um/users/${key.userId}/s3keys/${key.accessKey}`
  if (level <= 0) return { id: key.accessKey, type: 's3key', href }
  return {
    id: key.accessKey,
    type: 's3key',
    href,
    metadata: {
      etag: etagOf(key.id, key.lastModifiedDate, key.active, key.secretKey),
      createdDate: key.createdDate,
      createdBy: identityUrn(key.createdByUserId),
      createdByUserId: key.createdByUserId,
      lastModifiedDate: key.lastModifiedDate,
      lastModifiedBy: identityUrn(key.lastModifiedByUserId),
      lastModifiedByUserId: key.lastModifiedByUserId,
    },
    // The real Cloud API returns the secret on every read, so the emulator does too.
    properties: { secretKey: key.secretKey, active: key.active },
  }
}

export function keysView(
  view: CloudView,
  user: User,
  level: number,
  keys = view.store.keysOf(user.id),
) {
  const href = `${view.base}/um/users/${user.id}/s3keys`
  return collection(`${user.id}/s3keys`, href, keys, level, (key, itemLevel) =>
    keyView(view, key, itemLevel),
  )
}
