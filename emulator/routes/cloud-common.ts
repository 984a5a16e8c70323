import type { Context } from 'hono'
import type { CloudView } from '../cloud-views.ts'
import { notFound, unprocessable } from '../errors.ts'
import { isUuid } from '../ids.ts'
import { filterAndOrder, type ListProperties } from '../list-query.ts'
import { assertMayManage } from '../rules.ts'
import type { EmulatorStore, User } from '../store.ts'
import { integerQuery } from '../validation.ts'

/** Helpers every Cloud API route uses. The Cloud API refuses bad input with 422. */

export const refuseCloud = (message: string) => unprocessable(message)

export function cloudViewOf(c: Context, store: EmulatorStore): CloudView {
  return { store, base: new URL('/cloudapi/v6', c.req.url).href }
}

/** `depth` (0-10, default 0), as the level of a top-level resource or collection. */
export function levelOf(c: Context): number {
  return integerQuery(c, 'depth', { min: 0, max: 10, fallback: 0 }, refuseCloud) + 1
}

export function assertUuid(value: string, what: string): void {
  if (!isUuid(value)) throw unprocessable(`The ${what} "${value}" is not a valid UUID.`)
}

/** The user at `userId`, if the caller may see them: 422 bad id, 403 someone else, 404 unknown. */
export function managedUser(store: EmulatorStore, caller: User, userId: string): User {
  assertUuid(userId, 'user id')
  assertMayManage(caller, userId)
  const user = store.users.get(userId)
  if (!user) throw notFound(`The user ${userId} does not exist.`)
  return user
}

/** `maxResults` (1 or more), `fallback` when missing. */
export function maxResultsOf(c: Context, fallback: number): number {
  return integerQuery(c, 'maxResults', { min: 1, max: 2 ** 31 - 1, fallback }, refuseCloud)
}

/** An unpaged Cloud API list after `filter.<property>`, `orderBy` and `maxResults`. */
export function selectItems<T>(c: Context, items: readonly T[], list: ListProperties<T>): T[] {
  const selected = filterAndOrder(c, items, list, refuseCloud)
  return selected.slice(0, maxResultsOf(c, selected.length))
}
