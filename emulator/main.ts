import { serve } from '@hono/node-server'
import { createEmulator } from './app.ts'
import { emulatorOptionsFromEnv } from './options.ts'

/** `npm run emulator`: the emulator on its own, at http://HOST:PORT (default 127.0.0.1:4010). */

const port = Number(process.env.PORT ?? 4010)
const hostname = process.env.HOST ?? '127.0.0.1'
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  throw new Error(`PORT must be a port number, got "${process.env.PORT}"`)
}

const options = emulatorOptionsFromEnv(process.env)
const startedAt = performance.now()
const { app, store } = createEmulator(options)
const seededIn = Math.round(performance.now() - startedAt)

const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
  console.log(`IONOS API emulator listening on http://${host}:${info.port}`)
  console.log(`  ${store.users.size} users, ${store.keys.size} keys, seeded in ${seededIn} ms`)
  console.log(
    '  sign in as owner@example.com, admin@example.com, alice@example.com, … (password "demo")',
  )
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
