import type { KeyRow } from '../join'
import type { SavedStep } from './progress'

/** What every step gets from the wizard. */
export interface StepProps {
  userId: string
  /** The key being replaced, as the list shows it now (undefined once it is deleted). */
  oldKey: KeyRow | undefined
  oldAccessKey: string
  keys: readonly KeyRow[]
  newAccessKey: string | null
  go: (step: SavedStep, newAccessKey?: string | null) => void
}
