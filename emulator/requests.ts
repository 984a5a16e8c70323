import type { Context } from 'hono'
import { newUuid } from './ids.ts'
import type { EmulatorStore, RequestRecord, RequestState } from './store.ts'

/** The Cloud API's async requests: every mutation answers 202 with a `Location` to poll. */

export interface RequestTarget {
  id: string
  type: string
  href: string
}

export interface RequestOutcome {
  /** How long the request is RUNNING before it ends. */
  runningForMs?: number
  /** Set when it ends FAILED: the message. */
  failure?: string | undefined
}

/** Records a mutation and returns the absolute `Location` URL of its status. */
export function recordRequest(
  c: Context,
  store: EmulatorStore,
  userId: string,
  target: RequestTarget,
  { runningForMs = 0, failure }: RequestOutcome = {},
): string {
  const id = newUuid()
  const doneAt = Date.now() + runningForMs
  store.requests.set(id, {
    id,
    userId,
    doneAt,
    targets: [target],
    ...(failure === undefined ? {} : { failure }),
  })
  return new URL(`/cloudapi/v6/requests/${id}/status`, c.req.url).href
}

export function requestState(request: RequestRecord, now = Date.now()): RequestState {
  if (now < request.doneAt) return 'RUNNING'
  return request.failure === undefined ? 'DONE' : 'FAILED'
}

const stateMessages: Record<RequestState, string> = {
  QUEUED: 'Request is queued',
  RUNNING: 'Request is running',
  DONE: 'Request has been successfully executed',
  FAILED: 'Request has failed',
}

export function requestStatusView(base: string, request: RequestRecord) {
  const state = requestState(request)
  return {
    id: `${request.id}/status`,
    type: 'request-status',
    href: `${base}/requests/${request.id}/status`,
    metadata: {
      status: state,
      message:
        state === 'FAILED' ? (request.failure ?? stateMessages.FAILED) : stateMessages[state],
      etag: request.id.replaceAll('-', ''),
      targets: request.targets.map((target) => ({ target, status: state })),
    },
  }
}
