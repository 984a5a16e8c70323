import { serve, type ServerType } from '@hono/node-server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpsServer, type ServerOptions } from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLiveConsoleServer } from '../server.ts'
import { liveSettingsFromEnv } from './settings.ts'

/** A built console of two files, enough for the server to serve its pages. */
export function makeDist(): { dist: string; remove(): void } {
  const dist = mkdtempSync(path.join(tmpdir(), 'console-dist-'))
  mkdirSync(path.join(dist, 'assets'))
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head></head><title>console')
  mkdirSync(path.join(dist, 'login'))
  writeFileSync(path.join(dist, 'login', 'index.html'), '<!doctype html><head></head>sign in')
  return { dist, remove: () => rmSync(dist, { recursive: true, force: true }) }
}

export interface RunningServer {
  url: string
  close(): Promise<void>
}

type NodeServer = ReturnType<typeof createHttpsServer>

function listen(server: ServerType | NodeServer, https: boolean) {
  return new Promise<RunningServer>((resolve) => {
    const ready = () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `${https ? 'https' : 'http'}://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close(() => done())
          }),
      })
    }
    if (server.listening) ready()
    else server.once('listening', ready)
  })
}

/** `IONOS=live npm start`'s server in this process, on a free port, logging into `log`. */
export async function startLiveConsole(
  env: NodeJS.ProcessEnv,
  dist: string,
  log: string[],
): Promise<RunningServer> {
  const settings = liveSettingsFromEnv(env)
  const { app } = createLiveConsoleServer(settings, (line) => log.push(line), dist)
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  return listen(server, false)
}

export interface SeenRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/**
 * An HTTPS server that answers as `answer` says and keeps every request it got: the stand-in for
 * IONOS where a test needs an answer the emulator never gives (hop-by-hop headers, a redirect).
 */
export async function startScriptedUpstream(
  tls: ServerOptions,
  answer: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<RunningServer & { seen: SeenRequest[] }> {
  const seen: SeenRequest[] = []
  const server = createHttpsServer(tls, (request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      })
      answer(request, response)
    })
  })
  server.listen(0, '127.0.0.1')
  return { ...(await listen(server, true)), seen }
}

/** A port on which nothing listens (taken, then freed). */
export async function closedPort(): Promise<number> {
  const probe = createHttpsServer()
  probe.listen(0, '127.0.0.1')
  const { url, close } = await listen(probe, true)
  await close()
  return Number(new URL(url).port)
}
