import { request } from './client'
import { isManagementApiEnabled } from './config'
import { ApiError, isApiError } from './errors'
import { flag, maybeText, text, textList } from './schema-helpers'
import { z } from './zod'

export { isManagementApiEnabled }

// Object Storage Management API: the caller's own keys, bearer only. The client throws
// ManagementApiDisabledError for every call when the API is turned off by configuration.

const accessKeyStatus = z.enum(['PROVISIONING', 'DESTROYING', 'AVAILABLE', 'FAILED'])

const metadata = z.object({
  status: accessKeyStatus,
  statusMessage: maybeText,
  administrative: flag,
  supportedRegions: textList,
  createdDate: maybeText,
})
const properties = {
  description: text,
  accessKey: z.string(),
  canonicalUserId: maybeText,
  contractUserId: maybeText,
}

// Read results never carry `secretKey`: it is not declared, so zod strips it.
export const accessKeySchema = z.pipe(
  z.object({ id: z.string(), metadata, properties: z.object(properties) }),
  z.transform(({ id, metadata, properties }) => ({ id, ...properties, ...metadata })),
)
export type AccessKey = z.infer<typeof accessKeySchema>

export const accessKeyWithSecretSchema = z.pipe(
  z.object({
    id: z.string(),
    metadata,
    properties: z.object({ ...properties, secretKey: z.string().check(z.minLength(1)) }),
  }),
  z.transform(({ id, metadata, properties }) => ({ id, ...properties, ...metadata })),
)
export type AccessKeyWithSecret = z.infer<typeof accessKeyWithSecretSchema>

export const regionSchema = z.pipe(
  z.object({
    id: z.string(),
    properties: z.object({
      endpoint: z.string(),
      website: maybeText,
      location: text,
      storageClasses: textList,
      // Only the docs sample has it ("user-owned" or "contract-owned"); null when absent.
      bucketOwnership: maybeText,
      capability: z.nullish(z.object({ iam: flag, s3select: flag })),
    }),
  }),
  z.transform(({ id, properties: { capability, ...rest } }) => ({
    id,
    ...rest,
    iam: capability?.iam ?? false,
    s3select: capability?.s3select ?? false,
  })),
)
export type Region = z.infer<typeof regionSchema>

function pageSchema<T extends z.core.SomeType>(item: T) {
  return z.object({
    items: z.pipe(
      z.nullish(z.array(item)),
      z.transform((v) => v ?? []),
    ),
    _links: z.nullish(z.object({ next: z.nullish(z.string()) })),
  })
}

const PAGE_SIZE = 100
// 5 keys per user is the documented limit; the bound only guards against a server that never ends.
const MAX_PAGES = 10

async function listAll<S extends z.core.SomeType>(path: string, item: S, signal?: AbortSignal) {
  const schema = pageSchema(item)
  const all: z.output<S>[] = []
  for (let index = 0; index < MAX_PAGES; index++) {
    const query = { offset: index * PAGE_SIZE, limit: PAGE_SIZE }
    const { items, _links } = await request({ api: 'management', path, query, schema, signal })
    all.push(...items)
    if (!_links?.next || items.length < PAGE_SIZE) break
  }
  return all
}

export function listAccessKeys(signal?: AbortSignal): Promise<AccessKey[]> {
  return listAll('/accesskeys', accessKeySchema, signal)
}

export function createAccessKey(description: string): Promise<AccessKeyWithSecret> {
  const body = { properties: { description } }
  const schema = accessKeyWithSecretSchema
  return request({ api: 'management', method: 'POST', path: '/accesskeys', body, schema })
}

const keyPath = (id: string) => `/accesskeys/${encodeURIComponent(id)}`

/**
 * Changes a key's description. The PUT is IONOS's "ensure": for an unknown id it would create a
 * key (201) whose secret nobody sees, so the key is read first and a missing one stays missing
 * (404). A 409 means the id is not the caller's key (any more): to the user, the key is gone.
 */
export async function updateAccessKeyDescription(
  id: string,
  description: string,
): Promise<AccessKey> {
  const body = { id, properties: { description } }
  const path = keyPath(id)
  const current = await request({ api: 'management', path, schema: accessKeySchema })
  if (current.status === 'DESTROYING') throw new ApiError(404, [])
  try {
    return await request({ api: 'management', method: 'PUT', path, body, schema: accessKeySchema })
  } catch (error) {
    if (isApiError(error, 409)) throw new ApiError(404, error.messages)
    throw error
  }
}

/** Replaces the secret; the new one is in the result and nowhere else. */
export function renewAccessKey(id: string): Promise<AccessKeyWithSecret> {
  const path = `${keyPath(id)}/renew`
  const schema = accessKeyWithSecretSchema
  return request({ api: 'management', method: 'PUT', path, schema })
}

export async function deleteAccessKey(id: string): Promise<void> {
  await request({ api: 'management', method: 'DELETE', path: keyPath(id) })
}

export function listRegions(signal?: AbortSignal): Promise<Region[]> {
  return listAll('/regions', regionSchema, signal)
}
