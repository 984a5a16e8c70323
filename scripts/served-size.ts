import { serve } from '@hono/node-server'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { defaultEmulatorOptions } from '../emulator/options.ts'
import type { BytesOf } from './bundle-size.ts'
import { startNginx } from './nginx.ts'
import { createConsoleServer } from './server.ts'

/** What Chromium asks for: the sizes that count are those a real browser is sent. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

export interface ServedBy {
  name: string
  origin: string
  /** The encodings the server answered with, file by file. */
  encodings: Map<string, string>
  bytesOf: BytesOf
  stop: () => Promise<void>
}

/** A server's answer for one path, counted as it travels (undecoded, as the network carries it). */
export function servedAnswer(url: string, acceptEncoding = BROWSER_ACCEPT_ENCODING) {
  return new Promise<{ status: number; encoding: string; vary?: string; bytes: number }>(
    (resolve, reject) => {
      get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: response.headers['content-encoding'] ?? 'identity',
            vary: response.headers['vary'],
            bytes,
          }),
        )
        response.on('error', reject)
      }).on('error', reject)
    },
  )
}

/** The bytes a running server sends a browser for each file; notes the encodings it used. */
export function bytesServedBy(origin: string, encodings = new Map<string, string>()): BytesOf {
  return async (file) => {
    const answer = await servedAnswer(`${origin}/${file}`)
    if (answer.status !== 200) throw new Error(`${origin} answered ${answer.status} for /${file}`)
    encodings.set(file, answer.encoding)
    return answer.bytes
  }
}

function servedBy(name: string, origin: string, stop: () => Promise<void>): ServedBy {
  const encodings = new Map<string, string>()
  return { name, origin, encodings, stop, bytesOf: bytesServedBy(origin, encodings) }
}

/** `npm start`'s server on a free port, serving `dist`. */
export async function startNpmStart(dist: string): Promise<ServedBy> {
  const { app } = createConsoleServer(defaultEmulatorOptions, dist)
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    )
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return servedBy('npm start', origin, () => new Promise((done) => server.close(() => done())))
}

/** The documented nginx deployment (deploy/), serving `dist`. */
export async function startDeployedNginx(dist: string): Promise<ServedBy> {
  const nginx = await startNginx(undefined, dist)
  return servedBy('nginx', nginx.url, nginx.stop)
}
