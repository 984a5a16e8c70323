import type { Context, MiddlewareHandler } from 'hono'
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
  /** A path glob: `*` is one segment, `**` any rest, e.g. `/cloudapi/v6/um/users/*\/s3keys`. */
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
  /** How many matching requests it affects; 1 when missing. */
  times?: number
}

export interface Fault extends FaultSpec {
  id: string
  remaining: number
}

function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${pattern}$`)
}

const defaultMessages: Record<number, string> = {
  429: 'Too many requests: the request rate limit was exceeded. Retry later.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'The service is under maintenance. Retry later.',
  504: 'Gateway timeout.',
}

export class FaultList {
  private faults: { fault: Fault; pattern: RegExp }[] = []
  private nextId = 1

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: String(this.nextId++), remaining: spec.times ?? 1 }
    this.faults.push({ fault, pattern: globToRegExp(spec.path) })
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
      ({ fault, pattern }) =>
        (fault.method === undefined || fault.method === method) && pattern.test(path),
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
  if (fault.status === undefined) return undefined
  const headers = new Headers({ 'Content-Type': 'application/json' })
  const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined)
  if (retryAfter !== undefined) headers.set('Retry-After', String(retryAfter))
  if (fault.status === 429) headers.set('X-RateLimit-Remaining', '0')
  const message = fault.message ?? defaultMessages[fault.status] ?? 'Injected failure.'
  const body = ionosErrorBody(fault.status, fault.errorCode ?? String(fault.status), message)
  return new Response(JSON.stringify(body), { status: fault.status, headers })
}

export function applyFaults(faults: FaultList): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const fault = faults.take(c.req.method, c.req.path)
    if (!fault) return next()
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault.after) {
      await next()
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
