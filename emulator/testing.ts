import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createEmulator } from './app.ts'
import { defaultEmulatorOptions, type EmulatorOptions } from './options.ts'

/** Test emulators are quick to provision, so tests need not wait long for AVAILABLE. */
export const testProvisioningDelayMs = 50

/**
 * Starts an isolated emulator (a fresh store) on 127.0.0.1 and a free port. One per test file,
 * so that files can run in parallel.
 */
export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const { app } = createEmulator({
    ...defaultEmulatorOptions,
    provisioningDelayMs: testProvisioningDelayMs,
    ...options,
  })
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const listen = { fetch: app.fetch, hostname: '127.0.0.1', port: 0 }
      const server = serve(listen, (info: AddressInfo) => resolve({ server, port: info.port }))
    },
  )
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
