import { isApiError } from '../../../api/errors'
import { sleep } from '../../../api/http'
import type { RateLimit } from '../../../api/rate-limit'
import { Pace } from './pace'

/**
 * Walks every user of the contract and reads their keys: the user list page by page, then the
 * keys of `concurrency` users at a time, each request sent when the server's `X-RateLimit-*`
 * headers say it has room (pace.ts). The HTTP client still retries a 429 (honouring
 * `Retry-After`); when a 429 survives that, the scan pauses every worker for the server's delay
 * and puts the user back in the queue. Anything else that fails is recorded with its reason, so a
 * user is reported, never silently left out.
 */

export interface InventoryUser {
  id: string
  name: string
  email: string
  /** What the all-keys page filters on (the Cloud API's list gives it; tests may leave it out). */
  account?: { active: boolean; administrator: boolean; groupIds: string[] }
}

export interface InventoryKey {
  accessKey: string
  active: boolean
  createdDate: string | null
}

export type UserResult =
  { user: InventoryUser; keys: InventoryKey[] } | { user: InventoryUser; error: string }

export interface ScanProgress {
  phase: 'users' | 'keys'
  /** Users found so far (the Cloud API gives no total before the last page). */
  users: number
  /** Users whose keys have been read or given up on. */
  done: number
}

export interface ScanSource {
  listUsers: (
    page: { offset: number; limit: number },
    signal: AbortSignal,
  ) => Promise<{ users: InventoryUser[]; hasNext: boolean }>
  listKeys: (userId: string, signal: AbortSignal) => Promise<InventoryKey[]>
  /** What the server last said of its rate limit; without it, only 429s slow the scan down. */
  rateLimit?: () => RateLimit | null
}

export interface ScanOptions {
  signal: AbortSignal
  /** Why a user's keys could not be read, in the user's language (`useErrorReason`). */
  describe: (error: unknown) => string
  onProgress?: (progress: ScanProgress) => void
  /** Users whose keys are read at the same time. */
  concurrency?: number
  /** How often one request may come back throttled (429) before the user is reported. */
  maxThrottles?: number
  /** Waits for `ms` or until the signal aborts (tests pass a fake). */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
}

export const USERS_PAGE_SIZE = 100
export const DEFAULT_CONCURRENCY = 4
export const MAX_THROTTLES = 5
const BACKOFF_MS = 1000
const MAX_BACKOFF_MS = 10_000

/** After a 429: the server's `Retry-After`, else a doubling pause. */
function throttleDelay(error: unknown, throttles: number): number {
  const server = isApiError(error, 429) ? error.retryAfterMs : null
  return Math.min(server ?? BACKOFF_MS * 2 ** (throttles - 1), MAX_BACKOFF_MS)
}

/**
 * One pause for all workers (a throttled server is throttling everyone), and one pace for all of
 * them from the server's rate-limit headers.
 */
export class Throttle {
  private until = 0
  /** The latest pause that has been waited out (by the clock, or by a test's fake wait). */
  private waitedOut = 0
  private readonly wait: (ms: number, signal: AbortSignal) => Promise<void>
  private readonly pace: Pace
  constructor(
    wait: (ms: number, signal: AbortSignal) => Promise<void>,
    rateLimit: () => RateLimit | null = () => null,
  ) {
    this.wait = wait
    this.pace = new Pace(rateLimit, wait)
  }
  /** Waits until the limit has room for one more request; call the result once it is answered. */
  turn(signal: AbortSignal) {
    return this.pace.turn(signal)
  }
  pause(ms: number) {
    this.until = Math.max(this.until, Date.now() + ms)
  }
  async ready(signal: AbortSignal) {
    // Again if another worker extended the pause meanwhile.
    for (let target = this.until; target > this.waitedOut; target = this.until) {
      const left = target - Date.now()
      if (left > 0) await this.wait(left, signal)
      this.waitedOut = Math.max(this.waitedOut, target)
    }
  }
}

/** Calls `task` until it does not come back throttled, at most `max` throttles. */
export async function untilNotThrottled<T>(
  task: () => Promise<T>,
  throttle: Throttle,
  { signal, max }: { signal: AbortSignal; max: number },
): Promise<T> {
  for (let throttles = 1; ; throttles++) {
    await throttle.ready(signal)
    const answered = await throttle.turn(signal)
    try {
      return await task()
    } catch (error) {
      if (signal.aborted || !isApiError(error, 429) || throttles > max) throw error
      throttle.pause(throttleDelay(error, throttles))
    } finally {
      answered()
    }
  }
}

/** Every user of the contract, in the API's order. A page that cannot be read ends the scan. */
export async function listAllUsers(
  source: ScanSource,
  options: ScanOptions,
  throttle = new Throttle(options.wait ?? sleep, source.rateLimit),
): Promise<InventoryUser[]> {
  const { signal } = options
  const users: InventoryUser[] = []
  for (let offset = 0; ; offset += USERS_PAGE_SIZE) {
    const page = await untilNotThrottled(
      () => source.listUsers({ offset, limit: USERS_PAGE_SIZE }, signal),
      throttle,
      { signal, max: options.maxThrottles ?? MAX_THROTTLES },
    )
    users.push(...page.users)
    options.onProgress?.({ phase: 'users', users: users.length, done: 0 })
    if (!page.hasNext || page.users.length === 0) return users
  }
}

/** The keys of `users`, `concurrency` at a time; one result per user, in the users' order. */
export async function readKeys(
  users: readonly InventoryUser[],
  source: ScanSource,
  options: ScanOptions,
  throttle = new Throttle(options.wait ?? sleep, source.rateLimit),
): Promise<UserResult[]> {
  const { signal } = options
  const results = new Array<UserResult>(users.length)
  let next = 0
  let done = 0
  async function worker() {
    while (next < users.length) {
      signal.throwIfAborted()
      const index = next++
      const user = users[index] as InventoryUser
      try {
        const keys = await untilNotThrottled(() => source.listKeys(user.id, signal), throttle, {
          signal,
          max: options.maxThrottles ?? MAX_THROTTLES,
        })
        results[index] = { user, keys }
      } catch (error) {
        if (signal.aborted) throw error
        results[index] = { user, error: options.describe(error) }
      }
      done++
      options.onProgress?.({ phase: 'keys', users: users.length, done })
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, users.length))
  await Promise.all(Array.from({ length: workers }, worker))
  signal.throwIfAborted()
  return results
}

/** The whole scan: the users, then their keys. */
export async function scanInventory(source: ScanSource, options: ScanOptions) {
  const throttle = new Throttle(options.wait ?? sleep, source.rateLimit)
  const users = await listAllUsers(source, options, throttle)
  return readKeys(users, source, options, throttle)
}

/** Reads again only the users that failed and puts their new results in place. */
export async function rescanFailed(
  previous: readonly UserResult[],
  source: ScanSource,
  options: ScanOptions,
): Promise<UserResult[]> {
  const failed = previous.filter((result) => 'error' in result).map((result) => result.user)
  const again = new Map(
    (await readKeys(failed, source, options)).map((result) => [result.user.id, result]),
  )
  return previous.map((result) => again.get(result.user.id) ?? result)
}
