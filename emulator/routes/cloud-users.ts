import { Hono, type Context } from 'hono'
import { collection, userGroupsView, userView } from '../cloud-views.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { unprocessable } from '../errors.ts'
import { assertAdministrator, isAdministrator } from '../rules.ts'
import type { User } from '../store.ts'
import { integerQuery, prefixedQuery } from '../validation.ts'
import { cloudViewOf, levelOf, managedUser, refuseCloud } from './cloud-common.ts'

/** `/um/users`: the paginated, filterable user list, one user, and a user's groups. */

const userProperties: Record<string, (user: User) => string | boolean | null> = {
  firstname: (user) => user.firstname,
  lastname: (user) => user.lastname,
  email: (user) => user.email,
  administrator: (user) => isAdministrator(user),
  forceSecAuth: (user) => user.forceSecAuth,
  secAuthActive: (user) => user.secAuthActive,
  s3CanonicalUserId: (user) => user.s3CanonicalUserId,
  active: (user) => user.active,
}

function propertyOf(name: string, parameter: string) {
  const read = userProperties[name]
  if (!read) {
    const known = Object.keys(userProperties).join(', ')
    throw unprocessable(`${parameter}: users have no property "${name}"; use one of ${known}.`)
  }
  return (user: User) => String(read(user) ?? '').toLowerCase()
}

/** `filter.<property>` (contains, case-insensitive, all must match), then `orderBy`. */
function selectUsers(c: Context, users: User[]): User[] {
  const filters = [...prefixedQuery(c, 'filter.')].map(([name, value]) => ({
    read: propertyOf(name, `filter.${name}`),
    value: value.toLowerCase(),
  }))
  let selected =
    filters.length === 0
      ? users
      : users.filter((user) => filters.every(({ read, value }) => read(user).includes(value)))
  const orderBy = c.req.query('orderBy')
  if (orderBy !== undefined) {
    const read = propertyOf(orderBy, 'orderBy')
    const sortKeys = new Map(selected.map((user) => [user, read(user)]))
    selected = [...selected].sort((a, b) => {
      const [left, right] = [sortKeys.get(a) ?? '', sortKeys.get(b) ?? '']
      return left < right ? -1 : left > right ? 1 : 0
    })
  }
  return selected
}

function pageUrl(c: Context, offset: number, limit: number): string {
  const url = new URL(c.req.url)
  url.searchParams.set('offset', String(offset))
  url.searchParams.set('limit', String(limit))
  return url.href
}

export function cloudUserRoutes({ store }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()

  routes.get('/um/users', (c) => {
    assertAdministrator(c.var.caller.user, 'list the users of the contract')
    const level = levelOf(c)
    const offset = integerQuery(c, 'offset', { min: 0, max: 2 ** 31 - 1, fallback: 0 }, refuseCloud)
    const limit = integerQuery(c, 'limit', { min: 1, max: 100, fallback: 100 }, refuseCloud)
    const maxResults = integerQuery(
      c,
      'maxResults',
      { min: 1, max: 2 ** 31 - 1, fallback: limit },
      refuseCloud,
    )
    const selected = selectUsers(c, store.userList)
    const page = selected.slice(offset, offset + Math.min(limit, maxResults))
    const view = cloudViewOf(c, store)
    const users = collection('users', `${view.base}/um/users`, page, level, (user, itemLevel) =>
      userView(view, user, itemLevel),
    )
    const links = {
      ...(offset > 0 ? { prev: pageUrl(c, Math.max(0, offset - limit), limit) } : {}),
      self: pageUrl(c, offset, limit),
      ...(offset + limit < selected.length ? { next: pageUrl(c, offset + limit, limit) } : {}),
    }
    return c.json({ ...users, offset, limit, _links: links })
  })

  routes.get('/um/users/:userId', (c) => {
    const user = managedUser(store, c.var.caller.user, c.req.param('userId'))
    return c.json(userView(cloudViewOf(c, store), user, levelOf(c)))
  })

  routes.get('/um/users/:userId/groups', (c) => {
    const user = managedUser(store, c.var.caller.user, c.req.param('userId'))
    return c.json(userGroupsView(cloudViewOf(c, store), user, levelOf(c)))
  })

  return routes
}
