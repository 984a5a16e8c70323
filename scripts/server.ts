import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { serveStatic } from '@hono/node-server/serve-static'
import path from 'node:path'
import { createEmulator, EMULATOR_PATH_PREFIXES } from '../emulator/app.ts'
import type { EmulatorOptions } from '../emulator/options.ts'
import { distDirectory } from './build-state.ts'
import { announceEmulator } from './emulator-html.ts'
import { mountIonosProxy, type RequestLog } from './live/proxy.ts'
import type { LiveSettings } from './live/settings.ts'
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from './security-headers.ts'

/**
 * The server of `npm start`: the built SPA with SPA fallback and strict headers, and the IONOS API
 * emulator on the same origin (as the deployment's reverse proxy provides the real APIs).
 */
export function createConsoleServer(
  emulatorOptions: EmulatorOptions,
  dist: string = distDirectory,
) {
  const emulator = createEmulator(emulatorOptions)
  const app = createSite(dist, {
    mountApis: (site) => {
      for (const prefix of EMULATOR_PATH_PREFIXES) {
        site.all(`${prefix}/*`, (c) => emulator.app.fetch(c.req.raw, c.env))
        site.all(prefix, (c) => emulator.app.fetch(c.req.raw, c.env))
      }
    },
    // Only here is the backend the demo data, so only here may the sign-in page mention it.
    announceEmulator: true,
  })
  return { app, emulator }
}

/**
 * Live mode (`IONOS=live npm start`): the same SPA, with the three API paths proxied to IONOS.
 * No emulator and no `/__emulator`: those paths are the SPA's like any other.
 */
export function createLiveConsoleServer(
  settings: LiveSettings,
  log: RequestLog,
  dist: string = distDirectory,
) {
  const app = createSite(dist, {
    mountApis: (site) => mountIonosProxy(site, settings, log),
    announceEmulator: false,
  })
  return { app }
}

interface SiteOptions {
  /** Mounts the same-origin API paths, before compression (API answers are never compressed). */
  mountApis: (app: Hono) => void
  announceEmulator: boolean
}

function createSite(dist: string, { mountApis, announceEmulator: demo }: SiteOptions): Hono {
  const app = new Hono()
  // serveStatic resolves its root against the working directory.
  const relativeDist = path.relative(process.cwd(), dist) || '.'

  app.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value)
  })
  mountApis(app)
  // For what the build did not precompress (a file too small to gain); the rest is served as built.
  app.use('*', compress())
  if (demo) app.use('*', announceEmulator())
  // The build wrote each file's brotli 11 and gzip 9 forms beside it (scripts/precompress.ts):
  // the one the browser accepts is sent as it is, and caches keep one copy per encoding.
  const servedFrom = (cacheControl: string, file?: string) =>
    serveStatic({
      root: relativeDist,
      path: file,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', cacheControl)
        c.header('Vary', 'Accept-Encoding')
      },
    })
  app.use('/assets/*', servedFrom(IMMUTABLE_CACHE))
  // A missing hashed asset is a 404, never the SPA: an old tab then reloads instead of parsing HTML.
  app.get('/assets/*', (c) => c.text('Not found', 404))
  app.use('*', servedFrom(REVALIDATE_CACHE))
  app.get('*', servedFrom(REVALIDATE_CACHE, 'index.html'))
  return app
}
