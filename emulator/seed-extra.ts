import { newAccessKey, newCanonicalUserId, newSecretKey, seededSource } from './ids.ts'
import type { EmulatorStore } from './store.ts'

/**
 * Generated users for performance work (`EMULATOR_USERS=N`): varied names, 0-5 keys each (about
 * 2.5 on average: 10,000 users hold about 25,000 keys), of ages from today to over two years, some
 * inactive. Every tenth user lacks "Use Object Storage" and every fiftieth account is deactivated,
 * so that the all-keys page has something to find. Deterministic for a given day.
 */

const firstnames = [
  'Anna',
  'Ben',
  'Chiara',
  'Deniz',
  'Emil',
  'Fatima',
  'Jonas',
  'Lea',
  'Mia',
  'Noah',
]
const lastnames = ['Becker', 'Fischer', 'Garcia', 'Hoffmann', 'Kowalski', 'Meyer', 'Rossi', 'Weber']

export const extraUserId = (index: number) =>
  `5eed0001-0000-4000-8000-${index.toString(16).padStart(12, '0')}`
const extraKeyId = (index: number, slot: number) =>
  `5eed0001-0000-4000-a00${slot}-${index.toString(16).padStart(12, '0')}`

const DAY_MS = 86_400_000

/** 0-5 keys, the same for a given user on every seed. */
export const extraKeyCount = (index: number) => ((Math.imul(index, 2654435761) >>> 0) >>> 8) % 6

/** Days since a key was made: spread over 0-799 days, so every age band of the page is filled. */
const keyAgeDays = (index: number, slot: number) => (index * 37 + slot * 211) % 800

export function seedExtraUsers(
  store: EmulatorStore,
  count: number,
  privilegedGroupId: string,
  today: number,
) {
  const group = store.groups.get(privilegedGroupId)
  const created = '2024-10-01T08:00:00Z'
  const bytes = seededSource(count)
  for (let index = 1; index <= count; index++) {
    const id = extraUserId(index)
    const number = String(index).padStart(5, '0')
    store.addUser({
      id,
      email: `user${number}@example.com`,
      password: 'demo',
      firstname: firstnames[index % firstnames.length] ?? 'Test',
      lastname: `${lastnames[index % lastnames.length] ?? 'User'} ${number}`,
      role: 'user',
      forceSecAuth: false,
      secAuthActive: false,
      active: index % 50 !== 13,
      s3CanonicalUserId: newCanonicalUserId(bytes),
      createdDate: created,
      lastModifiedDate: created,
      lastLogin: null,
      bucketCount: index % 4,
    })
    if (group && index % 10 !== 7) store.addMember(group, id)
    for (let slot = 1; slot <= extraKeyCount(index); slot++) {
      const keyId = extraKeyId(index, slot)
      const keyCreated = new Date(today - keyAgeDays(index, slot) * DAY_MS).toISOString()
      store.addKey({
        id: keyId,
        accessKey: newAccessKey(bytes),
        secretKey: newSecretKey(bytes),
        userId: id,
        description: slot === 1 ? '' : `Generated key ${slot}`,
        active: (index + slot) % 5 !== 0,
        administrative: false,
        createdDate: keyCreated,
        createdByUserId: id,
        lastModifiedDate: keyCreated,
        lastModifiedByUserId: id,
        availableAt: 0,
      })
    }
  }
}
