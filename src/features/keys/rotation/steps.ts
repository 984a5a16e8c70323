import type { KeyRow } from '../join'
import { canGenerate } from '../rules'
import type { RotationProgress, SavedStep } from './progress'

/** What the wizard shows: `room` is "Generate" at the limit of five keys. */
export type Step = SavedStep | 'room'

/** The stepper's four steps; `room` and `secret` belong to the first. */
export const STEPPER = ['generate', 'confirm', 'deactivate', 'delete'] as const

export function stepperIndex(step: Step): number {
  if (step === 'room' || step === 'secret') return 0
  if (step === 'done') return STEPPER.length
  return STEPPER.indexOf(step)
}

/** At the limit, the first step asks to make room before anything is generated. */
export function shownStep(step: Step, keys: readonly KeyRow[]): Step {
  if (step !== 'generate' && step !== 'room') return step
  return canGenerate(keys) ? 'generate' : 'room'
}

const find = (keys: readonly KeyRow[], accessKey: string | null) =>
  accessKey === null ? undefined : keys.find((key) => key.accessKey === accessKey)

/** The new key is there, switched on and usable: only then may the old one be switched off. */
export function isNewKeyReady(keys: readonly KeyRow[], newAccessKey: string | null): boolean {
  const key = find(keys, newAccessKey)
  return key?.active === true && (key.status === null || key.status === 'AVAILABLE')
}

export interface Resumed {
  step: SavedStep
  newAccessKey: string | null
  /** The new key was deleted meanwhile: it has to be generated again. */
  newKeyGone: boolean
}

/**
 * Where a saved rotation continues, checked against the keys as they are now (another tab, or the
 * request that was on its way when the page reloaded, may have moved things on).
 */
export function resumeStep(progress: RotationProgress, keys: readonly KeyRow[]): Resumed {
  const old = find(keys, progress.oldAccessKey)
  const fresh = find(keys, progress.newAccessKey)
  const { step, newAccessKey } = progress
  if (!old) return { step: 'done', newAccessKey, newKeyGone: false }
  if (newAccessKey === null || step === 'generate') {
    return { step: 'generate', newAccessKey: null, newKeyGone: false }
  }
  if (!fresh) return { step: 'generate', newAccessKey: null, newKeyGone: true }
  if (step === 'deactivate' && old.active === false) {
    return { step: 'delete', newAccessKey, newKeyGone: false }
  }
  return { step, newAccessKey, newKeyGone: false }
}
