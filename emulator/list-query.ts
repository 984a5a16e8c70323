import type { Context } from 'hono'
import { prefixedQuery, type Refuse } from './validation.ts'

/**
 * `filter.<property>` and `orderBy` on a list. Property names are looked up in a `Map`, never on a
 * plain object, so `__proto__`, `constructor` or `toString` are as unknown as any other name and
 * get the API's usual refusal (422 on the Cloud API, 400 on the management API).
 */

export type PropertyReader<T> = (item: T) => string | number | boolean | null

export interface ListProperties<T> {
  /** What the list holds, for messages: "users", "access keys". */
  noun: string
  properties: ReadonlyMap<string, PropertyReader<T>>
}

function textReader<T>(list: ListProperties<T>, name: string, parameter: string, refuse: Refuse) {
  const read = list.properties.get(name)
  if (!read) {
    const known = [...list.properties.keys()].join(', ')
    throw refuse(`${parameter}: ${list.noun} have no property "${name}"; use one of ${known}.`)
  }
  return (item: T) => String(read(item) ?? '').toLowerCase()
}

/**
 * The Cloud API's generic list query: every `filter.<property>` must be contained in the item's
 * property (case-insensitive), then `orderBy` sorts alphanumerically, ascending.
 */
export function filterAndOrder<T>(
  c: Context,
  items: readonly T[],
  list: ListProperties<T>,
  refuse: Refuse,
): T[] {
  const filters = [...prefixedQuery(c, 'filter.')].map(([name, value]) => ({
    read: textReader(list, name, `filter.${name}`, refuse),
    value: value.toLowerCase(),
  }))
  const orderBy = c.req.query('orderBy')
  const order = orderBy === undefined ? undefined : textReader(list, orderBy, 'orderBy', refuse)
  const selected = items.filter((item) =>
    filters.every(({ read, value }) => read(item).includes(value)),
  )
  if (!order) return selected
  const sortKeys = new Map(selected.map((item) => [item, order(item)]))
  return selected.sort((a, b) => {
    const [left, right] = [sortKeys.get(a) ?? '', sortKeys.get(b) ?? '']
    return left < right ? -1 : left > right ? 1 : 0
  })
}

/**
 * For lists that take only some exact-match filters and no order (the management API): refuses
 * every other `filter.<name>` and any `orderBy`, and returns the filters given.
 */
export function exactFilters(
  c: Context,
  noun: string,
  known: readonly string[],
  refuse: Refuse,
): Map<string, string> {
  const filters = prefixedQuery(c, 'filter.')
  for (const name of filters.keys()) {
    if (known.includes(name)) continue
    throw refuse(
      known.length === 0
        ? `filter.${name}: ${noun} cannot be filtered.`
        : `filter.${name}: ${noun} have no property "${name}"; use ${known.join(', ')}.`,
    )
  }
  if (c.req.query('orderBy') !== undefined) throw refuse(`orderBy: ${noun} cannot be ordered.`)
  return filters
}
