import type { Context } from 'hono'
import { newUuid } from './ids.ts'
import type { EmulatorStore, RequestRecord, RequestState } from './store.ts'

/** The Cloud API's async requests: every mutation answers 202 with a `Location` to poll. */

export interface RequestTarget {
  id: string
  type: string
  href: string
}

/** Records a finished mutation and returns the absolute `Location` URL of its status. */
export function recordRequest(
  c: Context,
  store: EmulatorStore,
  userId: string,
  target: RequestTarget,
  runningForMs = 0,
): string {
  const id = newUuid()
  store.requests.set(id, { id, userId, doneAt: Date.now() + runningForMs, targets: [target] })
  return new URL(`/cloudapi/v6/requests/${id}/status`, c.req.url).href
}

export function requestState(request: RequestRecord, now = Date.now()): RequestState {
  return now < request.doneAt ? 'RUNNING' : 'DONE'
}

export function requestStatusView(base: string, request: RequestRecord) {
  const state = requestState(request)
  return {
    id: `${request.id}/status`,
    type: 'request-status',
    href: `${base}/requests/${request.id}/status`,
    metadata: {
      status: state,
      message: state === 'DONE' ? 'Request has been successfully executed' : 'Request is running',
      etag: request.id.replaceAll('-', ''),
      targets: request.targets.map((target) => ({ target, status: state })),
    },
  }
}
