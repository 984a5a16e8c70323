import { serve } from '@hono/node-server'
import path from 'node:path'
import { emulatorOptionsFromEnv } from '../emulator/options.ts'
import { ensureBuild } from './build-state.ts'
import { createConsoleServer } from './server.ts'

// CONSOLE_DIST serves another, already built copy instead of dist/ (the bench serves its own
// build, which a concurrent rebuild of dist/ cannot swap out under a running measurement).
const otherDist = process.env.CONSOLE_DIST ? path.resolve(process.env.CONSOLE_DIST) : undefined
if (!otherDist) ensureBuild()
const host = process.env.HOST || '127.0.0.1'
const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT)
const { app } = createConsoleServer(emulatorOptionsFromEnv(process.env), otherDist)

serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  const shownHost = host.includes(':') ? `[${host}]` : host
  console.log(`Object Storage Key Console: http://${shownHost}:${info.port}/`)
})
