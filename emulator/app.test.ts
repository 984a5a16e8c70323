import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, EMULATOR_PATH_PREFIXES } from './app.ts'
import { defaultEmulatorOptions } from './options.ts'
import { demoUsers } from './seed.ts'
import { basic, EmulatorClient, startClient } from './test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())

describe('the emulator’s paths', () => {
  it('answers the four API prefixes only', async () => {
    expect(EMULATOR_PATH_PREFIXES).toEqual([
      '/cloudapi/v6',
      '/auth/v1',
      '/s3-management',
      '/__emulator',
    ])
    for (const path of ['/', '/index.html', '/keys', '/cloudapi/v5/um/users', '/auth/v1x']) {
      const response = await fetch(`${client.url}${path}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('Content-Type')).not.toMatch(/json/)
    }
  })

  it('answers unknown paths under an API prefix with an IONOS 404', async () => {
    const auth = basic(demoUsers.owner.email)
    expect((await client.get('/cloudapi/v6/datacenters', { auth })).status).toBe(404)
    expect((await client.get('/auth/v1/nothing', { auth })).status).toBe(404)
  })

  it('refuses a body over 64 KB with 413', async () => {
    const auth = basic(demoUsers.owner.email)
    const body = JSON.stringify({ id: 'x'.repeat(70_000) })
    const path = '/cloudapi/v6/um/groups/5eed0000-0000-4000-9000-000000000001/users'
    await client.refused(413, () =>
      client.post(path, { auth, body, headers: { 'Content-Type': 'application/json' } }),
    )
  })
})

/** Serves a listener on a free port, as the Vite dev server and `npm start` mount the app. */
async function listen(
  listener: Parameters<typeof createServer>[1],
): Promise<{ url: string; server: Server }> {
  const server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe('mounting', () => {
  const mounts = {
    'getRequestListener, as the Vite dev server does': () =>
      getRequestListener(createEmulator(defaultEmulatorOptions).app.fetch),
    'an outer Hono app passing its env on, as npm start does': () => {
      const { app } = createEmulator(defaultEmulatorOptions)
      const outer = new Hono()
      outer.all('/cloudapi/v6/*', (c) => app.fetch(c.req.raw, c.env))
      outer.all('/__emulator/*', (c) => app.fetch(c.req.raw, c.env))
      return getRequestListener(outer.fetch)
    },
  }

  it.each(Object.entries(mounts))(
    'answers and drops connections when mounted through %s',
    async (_name, mount) => {
      const { url, server } = await listen(mount())
      try {
        const mounted = new EmulatorClient(url)
        expect(
          (await mounted.get('/cloudapi/v6/contracts', { auth: basic(demoUsers.bob.email) }))
            .status,
        ).toBe(200)
        await mounted.post('/__emulator/faults', {
          body: { path: '/cloudapi/v6/contracts', drop: true },
        })
        await expect(fetch(`${url}/cloudapi/v6/contracts`)).rejects.toThrow()
      } finally {
        server.closeAllConnections()
        server.close()
      }
    },
  )
})

describe('npm run emulator', () => {
  it('starts on PORT and HOST and prints its URL', async () => {
    const child = spawn(process.execPath, ['emulator/main.ts'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())
          if (match?.[1]) resolve(match[1])
        })
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)))
      })
      const info = await new EmulatorClient(url).get('/cloudapi/v6/')
      expect(info.body.name).toBe('CLOUD API')
    } finally {
      child.kill()
    }
  })
})
