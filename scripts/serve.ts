import { serve } from '@hono/node-server'
import { emulatorOptionsFromEnv } from '../emulator/options.ts'
import { ensureBuild } from './build-state.ts'
import { createConsoleServer } from './server.ts'

ensureBuild()
const host = process.env.HOST || '127.0.0.1'
const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT)
const { app } = createConsoleServer(emulatorOptionsFromEnv(process.env))

serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  const shownHost = host.includes(':') ? `[${host}]` : host
  console.log(`Object Storage Key Console: http://${shownHost}:${info.port}/`)
})
