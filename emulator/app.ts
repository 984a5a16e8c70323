import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { authenticate } from './auth.ts'
import type { EmulatorEnv } from './env.ts'
import { ApiError, errorCodes, errorResponse, ionosErrorBody, notFound } from './errors.ts'
import { applyFaults, FaultList } from './faults.ts'
import { defaultEmulatorOptions, type EmulatorOptions } from './options.ts'
import { rateLimitHeaders } from './rate-limit.ts'
import { authRoutes } from './routes/auth.ts'
import { cloudGroupRoutes } from './routes/cloud-groups.ts'
import { cloudKeyRoutes } from './routes/cloud-keys.ts'
import { cloudMiscRoutes } from './routes/cloud-misc.ts'
import { cloudUserRoutes } from './routes/cloud-users.ts'
import { controlRoutes } from './routes/controls.ts'
import { managementRoutes } from './routes/management.ts'
import { seedStore } from './seed.ts'
import { EmulatorStore } from './store.ts'

/** The same-origin paths the emulator answers; everything else belongs to the SPA. */
export const EMULATOR_PATH_PREFIXES = ['/cloudapi/v6', '/auth/v1', '/s3-management', '/__emulator']

const isEmulatorPath = (path: string) =>
  EMULATOR_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))

const apiInfo = (c: Context) =>
  c.json({ href: new URL('/cloudapi/v6/', c.req.url).href, name: 'CLOUD API', version: '6.0' })

function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return errorResponse(c, error)
  console.error('emulator: unexpected error', error)
  return c.json(ionosErrorBody(500, errorCodes.internal, 'Internal server error.'), 500)
}

/** One emulator: a fresh store seeded with the demo data, and the Hono app that serves it. */
export function createEmulator(startOptions: EmulatorOptions = defaultEmulatorOptions) {
  const store = new EmulatorStore()
  const faults = new FaultList()
  // `/__emulator/settings` changes these in place; a reset brings back the ones it started with.
  const options = { ...startOptions }
  const reset = () => {
    store.clearData()
    seedStore(store, options.extraUsers)
    faults.clear()
    Object.assign(options, startOptions)
  }
  reset()
  const deps = { store, options }

  // The outer app has Hono's default environment, so any server can mount it with `app.fetch`.
  const app = new Hono()
  const api = new Hono<EmulatorEnv>()
  app.use('*', rateLimitHeaders({ enforce: options.rateLimit ?? false }))
  // Deleted keys leave when their DESTROYING time is over, before anything reads the store.
  app.use('*', async (_c, next) => {
    store.sweep()
    await next()
  })
  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) =>
        c.json(
          ionosErrorBody(413, errorCodes.payloadTooLarge, 'The request body is too large.'),
          413,
        ),
    }),
  )
  app.route('/__emulator', controlRoutes({ ...deps, faults, reset }))

  api.use(
    '*',
    applyFaults(faults, async (request) => await app.fetch(request)),
  )
  api.get('/cloudapi/v6', apiInfo)
  api.get('/cloudapi/v6/', apiInfo)
  api.use('/cloudapi/v6/*', authenticate(store, { allowBasic: true }))
  for (const routes of [cloudUserRoutes, cloudKeyRoutes, cloudGroupRoutes, cloudMiscRoutes]) {
    api.route('/cloudapi/v6', routes(deps))
  }
  api.route('/auth/v1', authRoutes(deps))
  api.use('/s3-management/*', authenticate(store, { allowBasic: false }))
  api.route('/s3-management', managementRoutes(deps))
  api.onError(handleError)
  app.route('/', api)

  app.notFound((c) =>
    isEmulatorPath(c.req.path) ? errorResponse(c, notFound()) : c.text('Not Found', 404),
  )
  app.onError(handleError)

  return { app, store }
}
