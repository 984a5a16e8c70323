import { ageInDays } from '../../lib/i18n'
import type { KeyRow } from './join'

/** IONOS's documented limit: "A maximum of five keys per user can be generated." */
export const MAX_KEYS = 5

/** Keys made before this day work for user-owned buckets only (IONOS docs, "Key Management"). */
export const CONTRACT_OWNED_BUCKETS_SINCE = Date.parse('2024-04-25T00:00:00Z')

export const MAX_DESCRIPTION_LENGTH = 255

export function canGenerate(keys: readonly KeyRow[]): boolean {
  return keys.length < MAX_KEYS
}

/** Switching this key off would leave the user without an active key: no bucket access at all. */
export function isLastActiveKey(keys: readonly KeyRow[], accessKey: string): boolean {
  const active = keys.filter((key) => key.active === true)
  return active.length === 1 && active[0]?.accessKey === accessKey
}

/** IONOS refuses to delete the only key of a user who has buckets (which the console cannot see). */
export function isOnlyKey(keys: readonly KeyRow[], accessKey: string): boolean {
  return keys.length === 1 && keys[0]?.accessKey === accessKey
}

export function isLegacyKey(key: Pick<KeyRow, 'createdDate'>): boolean {
  if (key.createdDate === null) return false
  const created = Date.parse(key.createdDate)
  return !Number.isNaN(created) && created < CONTRACT_OWNED_BUCKETS_SINCE
}

/** Whole days since the key was made; null when the API did not say when. */
export function keyAgeInDays(key: Pick<KeyRow, 'createdDate'>, now = new Date()): number | null {
  const created = parseDate(key.createdDate)
  return created === null ? null : ageInDays(created, now)
}

export function parseDate(value: string | null): Date | null {
  if (value === null) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export type DescriptionProblem = 'descriptionTooLong' | 'descriptionControlCharacters'

/**
 * The console's own limit, which the emulator enforces too: at most 255 characters, no control
 * characters. IONOS documents none, so the texts state it as the console's, never as IONOS's.
 */
export function descriptionProblem(description: string): DescriptionProblem | null {
  if ([...description].length > MAX_DESCRIPTION_LENGTH) return 'descriptionTooLong'
  if (/\p{Cc}/u.test(description) || !description.isWellFormed()) {
    return 'descriptionControlCharacters'
  }
  return null
}

/** "00000Du4…Pouw": enough of both ends to tell keys apart, short enough for a label. */
export function shortAccessKey(accessKey: string): string {
  if (accessKey.length <= 16) return accessKey
  return `${accessKey.slice(0, 8)}…${accessKey.slice(-4)}`
}

/** While a key is being made or removed, the list refreshes itself. */
export function isSettling(key: Pick<KeyRow, 'status'>): boolean {
  return key.status === 'PROVISIONING' || key.status === 'DESTROYING'
}
