import { Hono, type Context } from 'hono'
import { groupList, userList } from '../cloud-lists.ts'
import { collection, userGroupsView, userView } from '../cloud-views.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { filterAndOrder } from '../list-query.ts'
import { assertAdministrator } from '../rules.ts'
import { integerQuery } from '../validation.ts'
import {
  cloudViewOf,
  levelOf,
  managedUser,
  maxResultsOf,
  refuseCloud,
  selectItems,
} from './cloud-common.ts'

/** `/um/users`: the paginated, filterable user list, one user, and a user's groups. */

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
    const maxResults = maxResultsOf(c, limit)
    const selected = filterAndOrder(c, store.userList, userList, refuseCloud)
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
    const view = cloudViewOf(c, store)
    const groups = selectItems(c, store.groupsOf(user.id), groupList)
    return c.json(userGroupsView(view, user, levelOf(c), groups))
  })

  return routes
}
