import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { badRequest, conflict, notFound, unprocessable } from '../errors.ts'
import { isUuid } from '../ids.ts'
import { createKey, deleteKey, describeKey, isDestroying, renewKey } from '../keys.ts'
import { exactFilters } from '../list-query.ts'
import { accessKeyView, pageOf } from '../management-views.ts'
import { regions, regionView } from '../regions.ts'
import type { AccessKey, EmulatorStore } from '../store.ts'
import { descriptionSchema, integerQuery, readJsonBody, readNoBody } from '../validation.ts'

/**
 * Object Storage Management API (`/s3-management`): the caller's own keys, by UUID, and the
 * regions. Bearer only (app.ts). It refuses bad parameters with 400 and unknown keys with 404.
 */

/** `AccessKey` as clients send it: only `description` is used; read-only fields are ignored. */
const accessKeyInput = z.strictObject({
  description: descriptionSchema,
  accessKey: z.string().optional(),
  secretKey: z.string().optional(),
  canonicalUserId: z.string().optional(),
  contractUserId: z.string().optional(),
})
const metadataInput = z.record(z.string(), z.unknown()).optional()
const accessKeyCreate = z.strictObject({ metadata: metadataInput, properties: accessKeyInput })
const accessKeyEnsure = z.strictObject({
  id: z.string().optional(),
  metadata: metadataInput,
  properties: accessKeyInput,
})

function paging(c: Context) {
  const offset = integerQuery(c, 'offset', { min: 0, max: 2 ** 31 - 1, fallback: 0 }, badRequest)
  const limit = integerQuery(c, 'limit', { min: 1, max: 1000, fallback: 100 }, badRequest)
  return { offset, limit }
}

function keyIdOf(c: Context<EmulatorEnv>): string {
  const id = c.req.param('accesskeyId') ?? ''
  if (!isUuid(id)) throw badRequest(`accesskeyId must be a UUID, got "${id}".`)
  return id
}

const noSuchKey = () => notFound('Not Found: no such access key.')

/** The caller's key, DESTROYING ones included (reads show them). */
function ownKey(store: EmulatorStore, c: Context<EmulatorEnv>): AccessKey {
  const key = store.keys.get(keyIdOf(c))
  // Another user's key is as unknown to the caller as a key that does not exist.
  if (!key || key.userId !== c.var.caller.user.id) throw noSuchKey()
  return key
}

/** A key being deleted can no longer be changed: to a change it is already gone. */
function changeableKey(store: EmulatorStore, c: Context<EmulatorEnv>): AccessKey {
  const key = ownKey(store, c)
  if (isDestroying(key)) throw noSuchKey()
  return key
}

export function managementRoutes({ store, options }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()

  routes.get('/accesskeys', (c) => {
    const { offset, limit } = paging(c)
    const filter = exactFilters(c, 'access keys', ['accesskeyId'], badRequest).get('accesskeyId')
    const keys = store
      .keysOf(c.var.caller.user.id)
      .filter((key) => filter === undefined || key.accessKey === filter)
    return c.json({
      id: c.var.caller.user.id,
      type: 'collection',
      href: '/accesskeys',
      items: keys.slice(offset, offset + limit).map((key) => accessKeyView(store, key, false)),
      ...pageOf(c, offset, limit, keys.length),
    })
  })

  routes.post('/accesskeys', async (c) => {
    const { user } = c.var.caller
    const { properties } = await readJsonBody(c, accessKeyCreate)
    const key = createKey(store, {
      owner: user,
      actor: user,
      description: properties.description,
      provisioningDelayMs: options.provisioningDelayMs,
    })
    return c.json(accessKeyView(store, key, true), 201)
  })

  routes.get('/accesskeys/:accesskeyId', (c) =>
    c.json(accessKeyView(store, ownKey(store, c), false)),
  )

  // "Ensure": an unknown UUID creates the key (201), another user's is a conflict (409), as
  // IONOS's published contract for `PUT /accesskeys/{accesskeyId}` says.
  routes.put('/accesskeys/:accesskeyId', async (c) => {
    const { user } = c.var.caller
    const id = keyIdOf(c)
    const body = await readJsonBody(c, accessKeyEnsure)
    if (body.id !== undefined && body.id !== id) {
      throw unprocessable(`id: "${body.id}" does not match the accesskeyId in the path.`)
    }
    const key = store.keys.get(id)
    if (key && key.userId !== user.id) throw conflict('The access key id is already in use.')
    if (key && isDestroying(key)) throw conflict('The access key is being deleted.')
    if (key) {
      describeKey(key, body.properties.description, user)
      return c.json(accessKeyView(store, key, false), 200)
    }
    const created = createKey(store, {
      id,
      owner: user,
      actor: user,
      description: body.properties.description,
      provisioningDelayMs: options.provisioningDelayMs,
    })
    return c.json(accessKeyView(store, created, true), 201)
  })

  routes.delete('/accesskeys/:accesskeyId', (c) => {
    deleteKey(store, changeableKey(store, c), options.destroyingDelayMs)
    return c.body(null, 202)
  })

  routes.put('/accesskeys/:accesskeyId/renew', async (c) => {
    const key = changeableKey(store, c)
    await readNoBody(c)
    renewKey(key, c.var.caller.user)
    return c.json(accessKeyView(store, key, true), 200)
  })

  routes.get('/regions', (c) => {
    const { offset, limit } = paging(c)
    exactFilters(c, 'regions', [], badRequest)
    return c.json({
      id: '1bcda4f5-f78b-532d-976d-183e3437af91',
      type: 'collection',
      href: '/regions',
      items: regions.slice(offset, offset + limit).map(regionView),
      ...pageOf(c, offset, limit, regions.length),
    })
  })

  routes.get('/regions/:region', (c) => {
    const region = regions.find((candidate) => candidate.id === c.req.param('region'))
    if (!region) throw notFound(`Not Found: no region "${c.req.param('region')}".`)
    return c.json(regionView(region))
  })

  return routes
}
