import { Hono } from 'hono'
import { z } from 'zod'
import { groupList, userList } from '../cloud-lists.ts'
import { collection, groupMembersView, groupView, userView } from '../cloud-views.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { errorCodes, notFound, unprocessable } from '../errors.ts'
import { isUuid } from '../ids.ts'
import { recordRequest } from '../requests.ts'
import { assertAdministrator, changeGroups } from '../rules.ts'
import type { EmulatorStore, Group } from '../store.ts'
import { readJsonBody } from '../validation.ts'
import { assertUuid, cloudViewOf, levelOf, selectItems } from './cloud-common.ts'

/** `/um/groups`: groups and their members. Only owners and administrators may use them. */

const userGroupPost = z.strictObject({ id: z.string() })

function groupOf(store: EmulatorStore, groupId: string): Group {
  assertUuid(groupId, 'group id')
  const group = store.groups.get(groupId)
  if (!group) throw notFound(`The group ${groupId} does not exist.`)
  return group
}

export function cloudGroupRoutes({ store, options }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()
  routes.use('/um/groups', async (c, next) => {
    assertAdministrator(c.var.caller.user, 'read or manage groups')
    await next()
  })
  routes.use('/um/groups/*', async (c, next) => {
    assertAdministrator(c.var.caller.user, 'read or manage groups')
    await next()
  })

  routes.get('/um/groups', (c) => {
    const view = cloudViewOf(c, store)
    const groups = selectItems(c, [...store.groups.values()], groupList)
    return c.json(
      collection('groups', `${view.base}/um/groups`, groups, levelOf(c), (group, level) =>
        groupView(view, group, level),
      ),
    )
  })

  routes.get('/um/groups/:groupId', (c) => {
    const group = groupOf(store, c.req.param('groupId'))
    return c.json(groupView(cloudViewOf(c, store), group, levelOf(c)))
  })

  routes.get('/um/groups/:groupId/users', (c) => {
    const group = groupOf(store, c.req.param('groupId'))
    const members = selectItems(c, store.membersOf(group), userList)
    return c.json(groupMembersView(cloudViewOf(c, store), group, levelOf(c), members))
  })

  routes.post('/um/groups/:groupId/users', async (c) => {
    const group = groupOf(store, c.req.param('groupId'))
    const level = levelOf(c)
    const { id } = await readJsonBody(c, userGroupPost)
    const user = isUuid(id) ? store.users.get(id) : undefined
    if (!user) throw unprocessable(`id: the user "${id}" does not exist.`)
    if (group.memberIds.has(user.id)) {
      throw unprocessable(
        `The user ${user.email} is already a member of the group "${group.name}".`,
        errorCodes.alreadyMember,
      )
    }
    changeGroups(store, user, options.privilegeDelayMs, () => store.addMember(group, user.id))
    const view = cloudViewOf(c, store)
    const target = { id: group.id, type: 'group', href: `${view.base}/um/groups/${group.id}` }
    c.header('Location', recordRequest(c, store, c.var.caller.user.id, target))
    return c.json(userView(view, user, level), 202)
  })

  routes.delete('/um/groups/:groupId/users/:userId', (c) => {
    const group = groupOf(store, c.req.param('groupId'))
    const userId = c.req.param('userId')
    assertUuid(userId, 'user id')
    if (!group.memberIds.has(userId)) {
      throw notFound(`The user ${userId} is not a member of the group "${group.name}".`)
    }
    const user = store.users.get(userId)
    const remove = () => store.removeMember(group, userId)
    if (user) changeGroups(store, user, options.privilegeDelayMs, remove)
    else remove()
    const view = cloudViewOf(c, store)
    const target = { id: group.id, type: 'group', href: `${view.base}/um/groups/${group.id}` }
    c.header('Location', recordRequest(c, store, c.var.caller.user.id, target))
    return c.body(null, 202)
  })

  return routes
}
