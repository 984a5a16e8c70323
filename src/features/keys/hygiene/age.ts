import { z } from '../../../api/zod'
import type { KeyRow } from '../join'
import { keyAgeInDays } from '../rules'

/** Keys older than this many days get a hint to rotate them, unless configured otherwise. */
export const DEFAULT_ROTATION_DAYS = 90

const days = z.pipe(
  z.string().check(z.trim(), z.regex(/^\d+$/, 'must be a whole number of days')),
  z.pipe(
    z.transform(Number),
    z.number().check(z.gte(1, 'must be at least 1'), z.lte(3650, 'must be at most 3650')),
  ),
)

/**
 * `VITE_KEY_ROTATION_DAYS`: unset or empty means the default; anything else must be a whole number
 * of days from 1 to 3650, or the console refuses to start with a message naming the variable.
 */
export function parseRotationDays(value: unknown): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return DEFAULT_ROTATION_DAYS
  }
  const result = z.safeParse(days, value)
  if (!result.success) {
    throw new Error(`Invalid VITE_KEY_ROTATION_DAYS:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}

/** Read and checked once, when the keys feature loads. */
export const ROTATION_DAYS = parseRotationDays(import.meta.env.VITE_KEY_ROTATION_DAYS)

/** Older than the rotation age: the list suggests rotating it. Unknown age is never flagged. */
export function isDueForRotation(
  key: Pick<KeyRow, 'createdDate'>,
  maxDays = ROTATION_DAYS,
  now = new Date(),
): boolean {
  const age = keyAgeInDays(key, now)
  return age !== null && age > maxDays
}
