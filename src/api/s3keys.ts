import { request } from './client'
import { collection, flag, maybeText } from './schema-helpers'
import { z } from './zod'

// Cloud API "User S3 keys". The key's id is the access key itself. The API returns `secretKey` on
// every GET; these schemas do not declare it, so zod strips it before anything reaches a cache.

const keyMetadata = z.pipe(
  z.nullish(z.object({ createdDate: maybeText })),
  z.transform((metadata) => metadata ?? { createdDate: null }),
)

export const userKeySchema = z.pipe(
  z.object({ id: z.string(), metadata: keyMetadata, properties: z.object({ active: flag }) }),
  z.transform(({ id, metadata, properties }) => ({
    id,
    active: properties.active,
    createdDate: metadata.createdDate,
  })),
)
export type UserKey = z.infer<typeof userKeySchema>

const userKeyListSchema = z.pipe(
  collection(userKeySchema),
  z.transform(({ items }) => items),
)

// Only the create result carries the secret, and it must be there.
export const createdUserKeySchema = z.pipe(
  z.object({
    id: z.string(),
    properties: z.object({ secretKey: z.string().check(z.minLength(1)), active: flag }),
  }),
  z.transform(({ id, properties }) => ({ id, ...properties })),
)
export type CreatedUserKey = z.infer<typeof createdUserKeySchema>

const keysPath = (userId: string) => `/um/users/${encodeURIComponent(userId)}/s3keys`
const keyPath = (userId: string, keyId: string) =>
  `${keysPath(userId)}/${encodeURIComponent(keyId)}`

export function listUserKeys(userId: string, signal?: AbortSignal): Promise<UserKey[]> {
  const path = keysPath(userId)
  return request({ api: 'cloud', path, query: { depth: 1 }, schema: userKeyListSchema, signal })
}

/** Creates a key (POST: never retried) and waits until the Cloud API reports it DONE. */
export function createUserKey(userId: string): Promise<CreatedUserKey> {
  const path = keysPath(userId)
  return request({ api: 'cloud', method: 'POST', path, schema: createdUserKeySchema })
}

export function setUserKeyActive(userId: string, keyId: string, active: boolean): Promise<UserKey> {
  return request({
    api: 'cloud',
    method: 'PUT',
    path: keyPath(userId, keyId),
    body: { properties: { active } },
    schema: userKeySchema,
  })
}

export async function deleteUserKey(userId: string, keyId: string): Promise<void> {
  await request({ api: 'cloud', method: 'DELETE', path: keyPath(userId, keyId) })
}
