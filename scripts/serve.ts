import { serve } from '@hono/node-server'
import path from 'node:path'
import { emulatorOptionsFromEnv } from '../emulator/options.ts'
import { ensureBuild } from './build-state.ts'
import { createConsoleServer, createLiveConsoleServer } from './server.ts'
import {
  backendFromEnv,
  isLoopbackHost,
  liveSettingsFromEnv,
  type LiveSettings,
} from './live/settings.ts'

/**
 * `npm start`: the built console with the emulator (default, `IONOS=emulator`), or with the real
 * IONOS APIs behind a same-origin proxy (`IONOS=live`).
 */

function fromEnv() {
  try {
    const backend = backendFromEnv(process.env)
    return backend === 'live'
      ? ({ backend, settings: liveSettingsFromEnv(process.env) } as const)
      : ({ backend, emulatorOptions: emulatorOptionsFromEnv(process.env) } as const)
  } catch (error) {
    // A setting the user got wrong: one line, not a stack trace.
    if (!(error instanceof Error)) throw error
    console.error(`npm start: ${error.message}`)
    process.exit(1)
  }
}

const config = fromEnv()
// CONSOLE_DIST serves another, already built copy instead of dist/ (the bench serves its own
// build, which a concurrent rebuild of dist/ cannot swap out under a running measurement).
const otherDist = process.env.CONSOLE_DIST ? path.resolve(process.env.CONSOLE_DIST) : undefined
if (!otherDist) ensureBuild()
const host = process.env.HOST || '127.0.0.1'
const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT)
const { app } =
  config.backend === 'live'
    ? createLiveConsoleServer(config.settings, (line) => console.log(line), otherDist)
    : createConsoleServer(config.emulatorOptions, otherDist)

serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  const shownHost = host.includes(':') ? `[${host}]` : host
  console.log(`Object Storage Key Console: http://${shownHost}:${info.port}/`)
  if (config.backend === 'live') announceLiveMode(config.settings)
  else
    console.log('  with the local IONOS API emulator and its demo data (IONOS=live: your account)')
})

function announceLiveMode(settings: LiveSettings) {
  console.log('  live: your IONOS account, through this proxy to')
  for (const { prefix, url } of settings.upstreams) {
    console.log(`  ${prefix.padEnd(14)} → ${url.href.replace(/\/$/, '')}`)
  }
  if (!isLoopbackHost(host)) {
    console.warn(
      `Warning: HOST=${host} lets other machines reach this console, and it passes real IONOS ` +
        'credentials and secret keys in clear text over HTTP. Use it only behind TLS you control.',
    )
  }
}
