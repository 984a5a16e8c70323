import { RequestFailedError, TimeoutError } from './errors'
import { sleep } from './http'
import { maybeText } from './schema-helpers'
import { z } from './zod'

export const requestStatusSchema = z.object({
  metadata: z.object({ status: z.string(), message: maybeText }),
})
export type RequestStatus = z.infer<typeof requestStatusSchema>

// Short first interval so the UI confirms quickly on the emulator; the growth keeps the real
// API (which takes seconds) from being polled hard. 30 polls reach about 50 seconds.
const FIRST_INTERVAL_MS = 150
const GROWTH = 1.5
const MAX_INTERVAL_MS = 2_000
const MAX_POLLS = 30

/**
 * The status path relative to the Cloud API base. Only the request id is taken from `Location`, so
 * the token is never sent to whatever host the header names (it is `https://api.ionos.com/…` behind
 * the same-origin proxy).
 */
export function requestStatusPath(location: string): string | null {
  const match = /\/requests\/([^/?#]+)\/status(?:[?#]|$)/.exec(location)
  return match?.[1] === undefined ? null : `/requests/${match[1]}/status`
}

/** Polls until DONE; throws RequestFailedError on FAILED and TimeoutError when it never ends. */
export async function waitForRequest(
  poll: () => Promise<RequestStatus>,
  acceptedStatus: number,
  signal?: AbortSignal,
): Promise<void> {
  let interval = FIRST_INTERVAL_MS
  for (let polls = 0; polls < MAX_POLLS; polls++) {
    await sleep(interval, signal)
    const { status, message } = (await poll()).metadata
    if (status === 'DONE') return
    if (status === 'FAILED') {
      // IONOS's own words when the status carries any; the catalog says the rest.
      throw new RequestFailedError(acceptedStatus, [{ errorCode: '', message: message ?? '' }])
    }
    interval = Math.min(interval * GROWTH, MAX_INTERVAL_MS)
  }
  throw new TimeoutError(null)
}
