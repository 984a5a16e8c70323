import { Hono } from 'hono'
import { z } from 'zod'
import { keyList } from '../cloud-lists.ts'
import { keysView, keyView } from '../cloud-views.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { errorCodes, unprocessable } from '../errors.ts'
import { createKey, deleteKey, isDestroying, setKeyActive } from '../keys.ts'
import { recordRequest } from '../requests.ts'
import type { AccessKey, EmulatorStore, User } from '../store.ts'
import { readJsonBody, readNoBody } from '../validation.ts'
import { cloudViewOf, levelOf, managedUser, selectItems } from './cloud-common.ts'

/** `/um/users/{userId}/s3keys`: a user's keys, where the key id is the access key string. */

/** The body clients send to enable or disable a key; read-only fields are taken and ignored. */
const s3KeyPut = z.strictObject({
  id: z.string().optional(),
  type: z.literal('s3key').optional(),
  href: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  properties: z.strictObject({ active: z.boolean(), secretKey: z.string().optional() }),
})

const keyNotFound = () =>
  unprocessable(
    'The access key cannot be found, please double-check the key id and try again.',
    errorCodes.keyNotFound,
  )

function keyOf(store: EmulatorStore, user: User, keyId: string): AccessKey {
  const key = store.keysByAccessKey.get(keyId)
  if (!key || key.userId !== user.id) throw keyNotFound()
  return key
}

/** A key being deleted can no longer be changed: to a change it is already gone. */
function changeableKeyOf(store: EmulatorStore, user: User, keyId: string): AccessKey {
  const key = keyOf(store, user, keyId)
  if (isDestroying(key)) throw keyNotFound()
  return key
}

export function cloudKeyRoutes({ store, options }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()
  const target = (c: { req: { url: string } }, key: AccessKey) => ({
    id: key.accessKey,
    type: 's3key',
    href: new URL(`/cloudapi/v6/um/users/${key.userId}/s3keys/${key.accessKey}`, c.req.url).href,
  })

  routes.get('/um/users/:userId/s3keys', (c) => {
    const user = managedUser(store, c.var.caller.user, c.req.param('userId'))
    const keys = selectItems(c, store.keysOf(user.id), keyList)
    return c.json(keysView(cloudViewOf(c, store), user, levelOf(c), keys))
  })

  routes.post('/um/users/:userId/s3keys', async (c) => {
    const { user: caller } = c.var.caller
    const owner = managedUser(store, caller, c.req.param('userId'))
    const level = levelOf(c)
    await readNoBody(c)
    const key = createKey(store, {
      owner,
      actor: caller,
      description: '',
      provisioningDelayMs: options.provisioningDelayMs,
    })
    const location = recordRequest(c, store, caller.id, target(c, key), {
      runningForMs: options.provisioningDelayMs,
      failure: key.failure,
    })
    c.header('Location', location)
    return c.json(keyView(cloudViewOf(c, store), key, level), 202)
  })

  routes.get('/um/users/:userId/s3keys/:keyId', (c) => {
    const user = managedUser(store, c.var.caller.user, c.req.param('userId'))
    const key = keyOf(store, user, c.req.param('keyId'))
    return c.json(keyView(cloudViewOf(c, store), key, levelOf(c)))
  })

  routes.put('/um/users/:userId/s3keys/:keyId', async (c) => {
    const { user: caller } = c.var.caller
    const user = managedUser(store, caller, c.req.param('userId'))
    const key = changeableKeyOf(store, user, c.req.param('keyId'))
    const level = levelOf(c)
    const body = await readJsonBody(c, s3KeyPut)
    if (body.id !== undefined && body.id !== key.accessKey) {
      throw unprocessable(`id: "${body.id}" does not match the key id in the path.`)
    }
    setKeyActive(key, body.properties.active, caller)
    c.header('Location', recordRequest(c, store, caller.id, target(c, key)))
    return c.json(keyView(cloudViewOf(c, store), key, level), 202)
  })

  routes.delete('/um/users/:userId/s3keys/:keyId', (c) => {
    const { user: caller } = c.var.caller
    const user = managedUser(store, caller, c.req.param('userId'))
    const key = changeableKeyOf(store, user, c.req.param('keyId'))
    levelOf(c)
    deleteKey(store, key, options.destroyingDelayMs)
    // The request runs while the key is DESTROYING: DONE means it is gone.
    const runningForMs = options.destroyingDelayMs
    c.header('Location', recordRequest(c, store, caller.id, target(c, key), { runningForMs }))
    return c.body(null, 202)
  })

  return routes
}
