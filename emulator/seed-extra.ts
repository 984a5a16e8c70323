import { newAccessKey, newCanonicalUserId, newSecretKey, seededSource } from './ids.ts'
import type { EmulatorStore } from './store.ts'

/** Generated users for performance work (`EMULATOR_USERS=N`): varied names, 1-3 keys each. */

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

export function seedExtraUsers(store: EmulatorStore, count: number, privilegedGroupId: string) {
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
      active: true,
      s3CanonicalUserId: newCanonicalUserId(bytes),
      createdDate: created,
      lastModifiedDate: created,
      lastLogin: null,
      bucketCount: index % 4,
    })
    if (group) store.addMember(group, id)
    for (let slot = 1; slot <= 1 + (index % 3); slot++) {
      const keyId = extraKeyId(index, slot)
      store.addKey({
        id: keyId,
        accessKey: newAccessKey(bytes),
        secretKey: newSecretKey(bytes),
        userId: id,
        description: slot === 1 ? '' : `Generated key ${slot}`,
        active: true,
        administrative: false,
        createdDate: created,
        createdByUserId: id,
        lastModifiedDate: created,
        lastModifiedByUserId: id,
        availableAt: 0,
      })
    }
  }
}
