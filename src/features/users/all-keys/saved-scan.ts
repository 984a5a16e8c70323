import { z } from '../../../api/zod'
import type { UserResult } from '../inventory/scan'

/**
 * The last scan, kept for the tab (sessionStorage) so that coming back to the page or reloading it
 * shows it at once, with when it was read. Only what the table shows: names, emails, access keys,
 * states and dates; never a secret (the scan has none). Compact, because a contract of 10,000 users
 * holds about 25,000 keys: users and keys as arrays, group ids once.
 */
const STORAGE_KEY = 'oskc.all-keys'
const VERSION = 1

export interface SavedScan {
  /** The signed-in user who read it: another sign-in in the same tab does not see it. */
  readerId: string
  readAt: number
  results: UserResult[]
}

const keyTuple = z.tuple([z.string(), z.boolean(), z.nullable(z.string())])
const userTuple = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.nullable(z.tuple([z.boolean(), z.boolean(), z.array(z.number())])),
  z.union([z.array(keyTuple), z.string()]),
])
const savedSchema = z.object({
  version: z.literal(VERSION),
  readerId: z.string(),
  readAt: z.number(),
  groups: z.array(z.string()),
  users: z.array(userTuple),
})
type Saved = z.infer<typeof savedSchema>

export function encodeScan(scan: SavedScan): Saved {
  const groups = new Map<string, number>()
  const groupIndex = (id: string) => {
    if (!groups.has(id)) groups.set(id, groups.size)
    return groups.get(id) as number
  }
  const users = scan.results.map(({ user, ...rest }): Saved['users'][number] => [
    user.id,
    user.name,
    user.email,
    user.account
      ? [user.account.active, user.account.administrator, user.account.groupIds.map(groupIndex)]
      : null,
    'error' in rest
      ? rest.error
      : rest.keys.map((key): [string, boolean, string | null] => [
          key.accessKey,
          key.active,
          key.createdDate,
        ]),
  ])
  return {
    version: VERSION,
    readerId: scan.readerId,
    readAt: scan.readAt,
    groups: [...groups.keys()],
    users,
  }
}

export function decodeScan(value: unknown): SavedScan | null {
  const parsed = z.safeParse(savedSchema, value)
  if (!parsed.success) return null
  const { groups, users, readerId, readAt } = parsed.data
  const results = users.map(([id, name, email, account, keys]): UserResult => {
    const user = {
      id,
      name,
      email,
      ...(account && {
        account: {
          active: account[0],
          administrator: account[1],
          groupIds: account[2].flatMap((index) => groups[index] ?? []),
        },
      }),
    }
    if (typeof keys === 'string') return { user, error: keys }
    return {
      user,
      keys: keys.map(([accessKey, active, createdDate]) => ({ accessKey, active, createdDate })),
    }
  })
  return { readerId, readAt, results }
}

export function loadScan(readerId: string): SavedScan | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY)
    const scan = text === null ? null : decodeScan(JSON.parse(text))
    return scan?.readerId === readerId ? scan : null
  } catch {
    return null
  }
}

/** False when the tab could not keep it (storage full or off): the page then just reads again. */
export function saveScan(scan: SavedScan): boolean {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(encodeScan(scan)))
    return true
  } catch {
    forgetScan()
    return false
  }
}

export function forgetScan(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Nothing kept.
  }
}
