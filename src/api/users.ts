import { request } from './client'
import { groupListSchema, type Group } from './groups'
import { flag, maybeText, text } from './schema-helpers'
import { z } from './zod'

const userProperties = z.object({
  firstname: text,
  lastname: text,
  email: text,
  administrator: flag,
  forceSecAuth: flag,
  secAuthActive: flag,
  s3CanonicalUserId: maybeText,
  active: flag,
})

export const userSchema = z.pipe(
  z.object({ id: z.string(), properties: userProperties }),
  z.transform(({ id, properties }) => ({ id, ...properties })),
)
export type User = z.infer<typeof userSchema>

// At `depth=2` a listed user carries its groups as references: with one `listGroups()` that
// tells who may use Object Storage, without a request per user.
const groupIds = z.pipe(
  z.nullish(
    z.object({
      groups: z.nullish(z.object({ items: z.nullish(z.array(z.object({ id: z.string() }))) })),
    }),
  ),
  z.transform((entities) => entities?.groups?.items?.map((group) => group.id) ?? []),
)

export const listedUserSchema = z.pipe(
  z.object({ id: z.string(), properties: userProperties, entities: groupIds }),
  z.transform(({ id, properties, entities }) => ({ id, ...properties, groupIds: entities })),
)
export type ListedUser = z.infer<typeof listedUserSchema>

// `_links.next`/`prev` are present only when there is such a page; the API gives no total.
const userPageSchema = z.pipe(
  z.object({
    items: z.pipe(
      z.nullish(z.array(listedUserSchema)),
      z.transform((v) => v ?? []),
    ),
    offset: z.number(),
    limit: z.number(),
    _links: z.nullish(z.object({ next: z.nullish(z.string()), prev: z.nullish(z.string()) })),
  }),
  z.transform(({ items, offset, limit, _links }) => ({
    items,
    offset,
    limit,
    hasNext: Boolean(_links?.next),
    hasPrev: Boolean(_links?.prev),
  })),
)
export type UserPage = z.infer<typeof userPageSchema>

export interface UserListParams {
  offset: number
  /** 1–100 (the Cloud API's limit). */
  limit: number
  /** Substring match, as the Cloud API's `filter.*` parameters do. */
  email?: string
  firstname?: string
  lastname?: string
  orderBy?: 'email' | 'firstname' | 'lastname'
}

export function listUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  const { offset, limit, email, firstname, lastname, orderBy } = params
  const query = {
    depth: 2,
    offset,
    limit,
    orderBy,
    // Empty filters are left out: the API would match everything anyway, and keys stay tidy.
    'filter.email': email || undefined,
    'filter.firstname': firstname || undefined,
    'filter.lastname': lastname || undefined,
  }
  return request({ api: 'cloud', path: '/um/users', query, schema: userPageSchema, signal })
}

export function getUser(userId: string, signal?: AbortSignal): Promise<User> {
  const path = `/um/users/${encodeURIComponent(userId)}`
  return request({ api: 'cloud', path, query: { depth: 1 }, schema: userSchema, signal })
}

/** The groups a user is in; a user may use Object Storage when one has `s3Privilege`. */
export function getUserGroups(userId: string, signal?: AbortSignal): Promise<Group[]> {
  const path = `/um/users/${encodeURIComponent(userId)}/groups`
  return request({ api: 'cloud', path, query: { depth: 1 }, schema: groupListSchema, signal })
}
