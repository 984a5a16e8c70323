import { useSyncExternalStore } from 'react'
import { z } from '../../../api/zod'

/**
 * Where a key rotation stands, so that a reload of the tab resumes it at the right step. It lives
 * in sessionStorage (this tab only, gone when the tab closes), one entry per user whose keys are
 * rotated, and holds only the step and the two access keys: never a secret. The new key's secret
 * is shown once, from the wizard's own state, and is lost on a reload by design.
 */

export const SAVED_STEPS = [
  'generate',
  'secret',
  'confirm',
  'deactivate',
  'delete',
  'done',
] as const
export type SavedStep = (typeof SAVED_STEPS)[number]

const progressSchema = z.object({
  oldAccessKey: z.string(),
  newAccessKey: z.nullable(z.string()),
  step: z.enum(SAVED_STEPS),
  /** The wizard was open: a reload opens it again. */
  open: z.boolean(),
})
export type RotationProgress = z.infer<typeof progressSchema>

const storageKey = (userId: string) => `oskc.rotation.${userId}`
const listeners = new Set<() => void>()
// useSyncExternalStore needs the same object while nothing changed.
const cache = new Map<string, { raw: string | null; value: RotationProgress | null }>()

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function readProgress(userId: string): RotationProgress | null {
  let raw: string | null
  try {
    raw = storage()?.getItem(storageKey(userId)) ?? null
  } catch {
    raw = null
  }
  const cached = cache.get(userId)
  if (cached && cached.raw === raw) return cached.value
  let value: RotationProgress | null
  try {
    const result = raw === null ? null : z.safeParse(progressSchema, JSON.parse(raw))
    value = result?.success ? result.data : null
  } catch {
    value = null
  }
  cache.set(userId, { raw, value })
  return value
}

function write(userId: string, progress: RotationProgress | null) {
  try {
    if (progress) storage()?.setItem(storageKey(userId), JSON.stringify(progress))
    else storage()?.removeItem(storageKey(userId))
  } catch {
    // Storage can be full or disabled: the rotation still works, only a reload cannot resume it.
  }
  listeners.forEach((listener) => listener())
}

export function saveProgress(userId: string, progress: RotationProgress): void {
  // Only these fields, whatever the caller's object carries.
  const { oldAccessKey, newAccessKey, step, open } = progress
  write(userId, { oldAccessKey, newAccessKey, step, open })
}

export function clearProgress(userId: string): void {
  write(userId, null)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const NONE = () => null

export function useRotationProgress(userId: string): RotationProgress | null {
  // A page rendered at build time has no rotation under way.
  return useSyncExternalStore(subscribe, () => readProgress(userId), NONE)
}
