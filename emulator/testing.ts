import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createEmulator } from './app.ts'
import { defaultEmulatorOptions, type EmulatorOptions } from './options.ts'

/** Test emulators are quick to provision, so tests need not wait long for AVAILABLE. */
export const testProvisioningDelayMs = 50
/** …and to delete: a deleted key is DESTROYING this long, then gone. */
export const testDestroyingDelayMs = 50

export interface TestServerOptions {
  /** Serve HTTPS with this certificate (a stand-in for the real IONOS hosts in live mode). */
  tls?: { cert: string; key: string }
  /**
   * Answer as if reached at this origin: the absolute URLs it sends (`Location`, `href`, `_links`)
   * name it, as the real API names `https://api.ionos.com` whoever proxies it.
   */
  publicOrigin?: string
}

export interface TestEmulator {
  url: string
  /** How many HTTP requests reached the server so far (controls included). */
  requestCount(): number
  close(): Promise<void>
}

/**
 * Starts an isolated emulator (a fresh store) on 127.0.0.1 and a free port. One per test file,
 * so that files can run in parallel.
 */
export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
  { tls, publicOrigin }: TestServerOptions = {},
): Promise<TestEmulator> {
  const { app } = createEmulator({
    ...defaultEmulatorOptions,
    provisioningDelayMs: testProvisioningDelayMs,
    destroyingDelayMs: testDestroyingDelayMs,
    // A privilege applies at once unless a test asks for IONOS's delay.
    privilegeDelayMs: 0,
    ...options,
  })
  const fetch: typeof app.fetch = publicOrigin
    ? (request, env) => app.fetch(reachedAt(request, publicOrigin), env)
    : app.fetch
  const https = tls ? { createServer: createHttpsServer, serverOptions: tls } : {}
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const listen = { fetch, hostname: '127.0.0.1', port: 0, ...https }
      const server = serve(listen, (info: AddressInfo) => resolve({ server, port: info.port }))
    },
  )
  let requests = 0
  server.on('request', () => (requests += 1))
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requestCount: () => requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** The same request, with its URL on `origin`. */
function reachedAt(request: Request, origin: string): Request {
  const { pathname, search } = new URL(request.url)
  // `duplex` (required with a streamed body) is Node's, not yet in the DOM types.
  const init: RequestInit & { duplex: 'half' } = {
    method: request.method,
    headers: request.headers,
    body: request.body,
    duplex: 'half',
    signal: request.signal,
  }
  return new Request(new URL(`${pathname}${search}`, origin), init)
}
