import type { Context, MiddlewareHandler } from 'hono'
import picomatch from 'picomatch'
import type { EmulatorEnv } from './env.ts'
import { ionosErrorBody } from './errors.ts'

/**
 * Injected failures for requests that match a method and a path pattern. A fault normally acts
 * before the request reaches the store, so the request changes nothing; with `after` the
 * request runs first and only its answer is lost, the "created but the response was lost" case.
 */
export interface FaultSpec {
  /** Any method when missing. */
  method?: string
  /** A path glob (`faultPathMatcher`), e.g. `/cloudapi/v6/um/users/*\/s3keys`. */
  path: string
  status?: number
  errorCode?: string
  message?: string
  /** Seconds, sent as `Retry-After` (429 gets 1 when missing). */
  retryAfter?: number
  delayMs?: number
  /** Destroy the connection without an answer. */
  drop?: boolean
  after?: boolean
  /**
   * With `after`: the request runs this many times before its answer is lost, as when a browser
   * resends a POST on a reused connection that dropped (one click, several keys). 1 when missing.
   */
  repeat?: number
  /** With `after`: the answer keeps its status but its body is cut short (not JSON). */
  garble?: boolean
  /** How many matching requests it affects; 1 when missing. */
  times?: number
}

export interface Fault extends FaultSpec {
  id: string
  remaining: number
}

/**
 * Limits that keep matching fast: picomatch compiles to a backtracking RegExp, and each `**`
 * (or a second `*` in one segment) multiplies the work on a long path. Within these limits the
 * costliest glob takes well under a second against the longest path Node accepts (~16 KB).
 */
export const faultPathLimits = { length: 512, globstars: 2 } as const

/** What is wrong with a fault's path glob, or undefined when it is fine. */
export function faultPathProblem(glob: string): string | undefined {
  if (!glob.startsWith('/')) return 'must start with "/".'
  if (glob.length > faultPathLimits.length) {
    return `at most ${faultPathLimits.length} characters, got ${glob.length}.`
  }
  const segments = glob.split('/')
  const globstars = segments.filter((segment) => segment === '**').length
  if (globstars > faultPathLimits.globstars) {
    return `at most ${faultPathLimits.globstars} \`**\` in a glob, got ${globstars}.`
  }
  for (const segment of segments) {
    if (segment === '**') continue
    if (segment.includes('**'))
      return `\`**\` must be a whole segment ("/a/**", "/**/b"), got "${segment}".`
    if (segment.split('*').length > 2) return `at most one \`*\` in a segment, got "${segment}".`
  }
  return undefined
}

/**
 * A fault's path glob as a test on a request path: `*` is one segment (or the rest of one, as in
 * `abc*`), `**` any rest; every other character is literal (picomatch's `?`, `[…]`, `{…}` and
 * `!(…)` are escaped). Check the glob with `faultPathProblem` first.
 */
export function faultPathMatcher(glob: string): (path: string) => boolean {
  const literal = glob.replace(/[^\w*/]/g, '\\$&')
  return picomatch(literal, { dot: true })
}

const defaultMessages: Record<number, string> = {
  429: 'Too many requests: the request rate limit was exceeded. Retry later.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'The service is under maintenance. Retry later.',
  504: 'Gateway timeout.',
}

export class FaultList {
  private faults: { fault: Fault; matches: (path: string) => boolean }[] = []
  private nextId = 1

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: String(this.nextId++), remaining: spec.times ?? 1 }
    this.faults.push({ fault, matches: faultPathMatcher(spec.path) })
    return fault
  }

  list(): Fault[] {
    return this.faults.map(({ fault }) => ({ ...fault }))
  }

  remove(id: string): boolean {
    const before = this.faults.length
    this.faults = this.faults.filter(({ fault }) => fault.id !== id)
    return this.faults.length < before
  }

  clear(): void {
    this.faults = []
  }

  /** The first fault matching the request, counted as used. */
  take(method: string, path: string): Fault | undefined {
    const entry = this.faults.find(
      ({ fault, matches }) =>
        (fault.method === undefined || fault.method === method) && matches(path),
    )
    if (!entry) return undefined
    entry.fault.remaining -= 1
    if (entry.fault.remaining <= 0) this.remove(entry.fault.id)
    return entry.fault
  }
}

function failure(c: Context<EmulatorEnv>, fault: Fault): Response | undefined {
  if (fault.drop) {
    // Destroying the socket means the client sees the connection close without an answer.
    c.env?.incoming?.socket.destroy()
    return new Response(null, { status: 500 })
  }
  if (fault.status === undefined || fault.garble) return undefined
  const headers = new Headers({ 'Content-Type': 'application/json' })
  const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined)
  if (retryAfter !== undefined) headers.set('Retry-After', String(retryAfter))
  if (fault.status === 429) headers.set('X-RateLimit-Remaining', '0')
  const message = fault.message ?? defaultMessages[fault.status] ?? 'Injected failure.'
  const body = ionosErrorBody(fault.status, fault.errorCode ?? String(fault.status), message)
  return new Response(JSON.stringify(body), { status: fault.status, headers })
}

/** Runs a request through the whole emulator again (for `repeat`). */
export type Replay = (request: Request) => Promise<unknown>

export function applyFaults(faults: FaultList, replay?: Replay): MiddlewareHandler<EmulatorEnv> {
  // A resent copy is the same request again: no fault of its own, and it uses none up.
  const resends = new WeakSet<Request>()
  return async (c, next) => {
    if (resends.has(c.req.raw)) return next()
    const fault = faults.take(c.req.method, c.req.path)
    if (!fault) return next()
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault.after) {
      // The resent copies, taken before the first run reads the body.
      const resent = Array.from({ length: (fault.repeat ?? 1) - 1 }, () => c.req.raw.clone())
      resent.forEach((copy) => resends.add(copy))
      await next()
      for (const copy of resent) await replay?.(copy)
      if (fault.garble) {
        const status = c.res.status
        c.res = undefined
        c.res = new Response('{"id":', { status, headers: { 'Content-Type': 'application/json' } })
        return
      }
      const lost = failure(c, fault)
      if (!lost) return
      c.res = undefined // so the lost answer's headers (e.g. Location) do not leak into this one
      c.res = lost
      return
    }
    const answer = failure(c, fault)
    if (answer) return answer
    return next()
  }
}
