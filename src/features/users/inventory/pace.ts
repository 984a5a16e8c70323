import type { RateLimit } from '../../../api/rate-limit'

/**
 * Requests left unused for everything else the console does meanwhile (a click on the page while
 * the scan runs should not be the one refused).
 */
export const RESERVE = 1

/**
 * How long to wait before one more request, from what the server last said of its limit: its
 * remaining requests, refilled at its average rate since then (at most a full burst), less the
 * requests already sent and not yet answered. 0 when there is room, or when the server said
 * nothing (then 429 and `Retry-After` are all there is to go by).
 */
export function paceDelayMs(limit: RateLimit | null, inFlight: number, now = Date.now()): number {
  if (limit === null) return 0
  const msPerRequest = 60_000 / limit.perMinute
  const refilled = Math.max(0, now - limit.at) / msPerRequest
  const available = Math.min(limit.burst, limit.remaining + refilled) - inFlight
  const missing = 1 + RESERVE - available
  return missing > 0 ? Math.ceil(missing * msPerRequest) : 0
}

/**
 * The scan's requests, each sent only when the server's limit has room for it. Workers ask one at
 * a time (JavaScript runs one between awaits), so four workers never all see the same room.
 */
export class Pace {
  private inFlight = 0
  private readonly limit: () => RateLimit | null
  private readonly wait: (ms: number, signal: AbortSignal) => Promise<void>
  constructor(
    limit: () => RateLimit | null,
    wait: (ms: number, signal: AbortSignal) => Promise<void>,
  ) {
    this.limit = limit
    this.wait = wait
  }
  /** Waits until one more request fits; call the returned function once it is answered. */
  async turn(signal: AbortSignal): Promise<() => void> {
    for (;;) {
      signal.throwIfAborted()
      const delay = paceDelayMs(this.limit(), this.inFlight)
      if (delay === 0) break
      await this.wait(delay, signal)
    }
    this.inFlight++
    let released = false
    return () => {
      if (!released) this.inFlight--
      released = true
    }
  }
}
