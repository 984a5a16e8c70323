import { sleep } from '../../../api/http'
import {
  DEFAULT_CONCURRENCY,
  MAX_THROTTLES,
  Throttle,
  untilNotThrottled,
  USERS_PAGE_SIZE,
  type InventoryUser,
  type ScanOptions,
  type ScanSource,
  type UserResult,
} from './scan'

/**
 * The scan of `scanInventory`, with the keys read while the users are still being listed: the
 * first results arrive after two requests instead of after every page of users. The same rules:
 * `concurrency` users at a time, paced from the server's rate-limit headers, one pause for everyone after a 429 that survived the client's
 * retries, a user whose keys cannot be read reported with the reason, a page of users that cannot
 * be read ends the scan. `onResult` gets each user's result as it comes, with its place.
 */
export async function streamInventory(
  source: ScanSource,
  options: ScanOptions,
  onResult: (index: number, result: UserResult) => void,
): Promise<UserResult[]> {
  const throttle = new Throttle(options.wait ?? sleep, source.rateLimit)
  const max = options.maxThrottles ?? MAX_THROTTLES
  // Stops the workers when the listing fails, as well as on the caller's cancel.
  const stop = new AbortController()
  const signal = AbortSignal.any([options.signal, stop.signal])
  const users: InventoryUser[] = []
  const results: UserResult[] = []
  let listed = false
  let next = 0
  let done = 0
  let waiting: (() => void)[] = []
  const wakeAll = () => {
    for (const wake of waiting) wake()
    waiting = []
  }
  signal.addEventListener('abort', wakeAll)

  async function list() {
    try {
      for (let offset = 0; ; offset += USERS_PAGE_SIZE) {
        const page = await untilNotThrottled(
          () => source.listUsers({ offset, limit: USERS_PAGE_SIZE }, signal),
          throttle,
          { signal, max },
        )
        users.push(...page.users)
        options.onProgress?.({ phase: 'keys', users: users.length, done })
        wakeAll()
        if (!page.hasNext || page.users.length === 0) break
      }
    } catch (error) {
      stop.abort()
      throw error
    } finally {
      listed = true
      wakeAll()
    }
  }

  async function worker() {
    for (;;) {
      if (signal.aborted) return
      if (next >= users.length) {
        if (listed) return
        await new Promise<void>((resolve) => waiting.push(resolve))
        continue
      }
      const index = next++
      const user = users[index] as InventoryUser
      let result: UserResult
      try {
        const keys = await untilNotThrottled(() => source.listKeys(user.id, signal), throttle, {
          signal,
          max,
        })
        result = { user, keys }
      } catch (error) {
        if (signal.aborted) return
        result = { user, error: options.describe(error) }
      }
      results[index] = result
      done++
      onResult(index, result)
      options.onProgress?.({ phase: 'keys', users: users.length, done })
    }
  }

  const workers = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY)
  // A cancel ends the read at once, even while a request has not yet given up.
  const cancelled = new Promise<never>((_, reject) => {
    const stopNow = () => reject(options.signal.reason as Error)
    if (options.signal.aborted) stopNow()
    options.signal.addEventListener('abort', stopNow, { once: true })
  })
  cancelled.catch(() => undefined)
  await Promise.race([Promise.all([list(), ...Array.from({ length: workers }, worker)]), cancelled])
  options.signal.throwIfAborted()
  return results
}
