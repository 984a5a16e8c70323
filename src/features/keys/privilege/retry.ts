import { isApiError } from '../../../api/errors'
import { sleep } from '../../../api/http'

/**
 * IONOS applies a new group privilege with a delay: for a while after "Add to a group", key
 * creation answers 422 "The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE
 * privilege" (terraform-provider-ionoscloud #881; the provider retries since #892). That 422 is a
 * refusal, so trying again cannot make a second key; no other failed create is ever retried.
 */
export const PRIVILEGE_WAIT_MS = 60_000
const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 8000

export type PrivilegePhase = 'idle' | 'waiting' | 'trying'

export interface PrivilegeWaitHooks {
  /** Aborting it stops the waiting (never a request already on its way). */
  signal: AbortSignal
  onPhase: (phase: PrivilegePhase) => void
}

export function isPrivilegeNotApplied(error: unknown): boolean {
  return isApiError(error, 422) && (error.serverText ?? '').includes('ACCESS_S3_OBJECT_STORAGE')
}

/** Runs `create`; on exactly that 422 waits (1 s, 2 s, 4 s, 8 s, …) and tries again, up to a minute. */
export async function retryWhilePrivilegeApplies<T>(
  create: () => Promise<T>,
  { signal, onPhase }: PrivilegeWaitHooks,
  now: () => number = Date.now,
): Promise<T> {
  const started = now()
  try {
    for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
      try {
        return await create()
      } catch (error) {
        if (!isPrivilegeNotApplied(error)) throw error
        if (now() - started + delay > PRIVILEGE_WAIT_MS) throw error
        onPhase('waiting')
        await sleep(delay, signal)
        onPhase('trying')
      }
    }
  } finally {
    onPhase('idle')
  }
}
