import { Hono } from 'hono'
import { z } from 'zod'
import { guardControls } from '../control-guard.ts'
import type { EmulatorDeps } from '../env.ts'
import { notFound } from '../errors.ts'
import { faultPathProblem, type FaultList } from '../faults.ts'
import { snapshotOf } from '../snapshot.ts'
import { readJsonBody } from '../validation.ts'

/**
 * `/__emulator`: test controls. Part of the emulator only, never of the built SPA; only scripts on
 * this machine may use them (control-guard.ts).
 */

const bucketCount = z.strictObject({ count: z.int().min(0).max(500) })

// Any text, markup and control characters included: tests put hostile names into the data.
const nameText = z.string().min(1).max(1000)
const userNames = z
  .strictObject({ firstname: nameText.optional(), lastname: nameText.optional() })
  .refine((names) => names.firstname !== undefined || names.lastname !== undefined, {
    error: 'give a firstname, a lastname or both.',
  })

const faultSpec = z
  .strictObject({
    method: z
      .string()
      .transform((method) => method.toUpperCase())
      .pipe(z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']))
      .optional(),
    path: z.string().superRefine((glob, context) => {
      const problem = faultPathProblem(glob)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    }),
    status: z.int().min(400).max(599).optional(),
    errorCode: z.string().optional(),
    message: z.string().optional(),
    retryAfter: z.int().min(0).max(3600).optional(),
    delayMs: z.int().min(0).max(120_000).optional(),
    drop: z.boolean().optional(),
    after: z.boolean().optional(),
    repeat: z.int().min(1).max(10).optional(),
    garble: z.boolean().optional(),
    times: z.int().min(1).max(1_000_000).optional(),
  })
  .refine(
    (spec) => spec.status !== undefined || spec.drop || spec.garble || (spec.delayMs ?? 0) > 0,
    { error: 'a fault needs a status, drop: true, garble: true or a delayMs above 0.' },
  )
  .refine((spec) => !spec.garble || (spec.after === true && !spec.drop && !spec.status), {
    error: 'garble needs after: true and excludes drop and status (it keeps the real status).',
  })
  .refine((spec) => spec.repeat === undefined || spec.after === true, {
    error: 'repeat needs after: true (the request runs, is resent, and then its answer is lost).',
  })
  .refine((spec) => !(spec.drop && spec.status !== undefined), {
    error: 'drop and status exclude each other: a dropped connection has no status.',
  })

const delayMs = z.int().min(0).max(600_000)
const settingsInput = z.strictObject({
  provisioningMs: delayMs.optional(),
  privilegeMs: delayMs.optional(),
  destroyingMs: delayMs.optional(),
})
const keyFailure = z.strictObject({ statusMessage: z.string().min(1).max(1000) })

export interface ControlDeps extends EmulatorDeps {
  faults: FaultList
  reset: () => void
}

export function controlRoutes({ store, options, faults, reset }: ControlDeps) {
  const routes = new Hono()
  routes.use('*', guardControls)

  routes.post('/reset', (c) => {
    reset()
    return c.body(null, 204)
  })

  routes.get('/snapshot', (c) => c.json(snapshotOf(store)))

  routes.get('/users/:userId/buckets', (c) => {
    const user = store.users.get(c.req.param('userId'))
    if (!user) throw notFound(`The user ${c.req.param('userId')} does not exist.`)
    return c.json({ userId: user.id, count: user.bucketCount })
  })

  routes.put('/users/:userId/buckets', async (c) => {
    const user = store.users.get(c.req.param('userId'))
    if (!user) throw notFound(`The user ${c.req.param('userId')} does not exist.`)
    const { count } = await readJsonBody(c, bucketCount)
    user.bucketCount = count
    return c.json({ userId: user.id, count })
  })

  routes.patch('/users/:userId', async (c) => {
    const user = store.users.get(c.req.param('userId'))
    if (!user) throw notFound(`The user ${c.req.param('userId')} does not exist.`)
    const { firstname, lastname } = await readJsonBody(c, userNames)
    user.firstname = firstname ?? user.firstname
    user.lastname = lastname ?? user.lastname
    return c.json({ userId: user.id, firstname: user.firstname, lastname: user.lastname })
  })

  const settings = () => ({
    provisioningMs: options.provisioningDelayMs,
    privilegeMs: options.privilegeDelayMs,
    destroyingMs: options.destroyingDelayMs,
  })

  routes.get('/settings', (c) => c.json(settings()))

  routes.put('/settings', async (c) => {
    const { provisioningMs, privilegeMs, destroyingMs } = await readJsonBody(c, settingsInput)
    options.provisioningDelayMs = provisioningMs ?? options.provisioningDelayMs
    options.privilegeDelayMs = privilegeMs ?? options.privilegeDelayMs
    options.destroyingDelayMs = destroyingMs ?? options.destroyingDelayMs
    return c.json(settings())
  })

  routes.put('/next-key-failure', async (c) => {
    const { statusMessage } = await readJsonBody(c, keyFailure)
    store.nextKeyFailure = statusMessage
    return c.json({ statusMessage })
  })

  routes.get('/faults', (c) => c.json({ faults: faults.list() }))

  routes.post('/faults', async (c) => {
    const spec = await readJsonBody(c, faultSpec)
    return c.json(faults.add(spec), 201)
  })

  routes.delete('/faults', (c) => {
    faults.clear()
    return c.body(null, 204)
  })

  routes.delete('/faults/:faultId', (c) => {
    if (!faults.remove(c.req.param('faultId'))) throw notFound('No such fault.')
    return c.body(null, 204)
  })

  return routes
}
