import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoUsers } from '../../emulator/seed.ts'
import {
  issueServerCertificate,
  makeCertificateAuthority,
  trustInThisProcess,
  type PemPair,
} from '../../emulator/test/certificates.ts'
import { basic, EmulatorClient } from '../../emulator/test/client.ts'
import { startTestEmulator, type TestEmulator } from '../../emulator/testing.ts'
import {
  closedPort,
  makeDist,
  startLiveConsole,
  startScriptedUpstream,
  type RunningServer,
} from './testing.ts'

// Live mode in this process, in front of HTTPS stand-ins for IONOS whose certificates come from
// a CA made for the test (trusted here as NODE_EXTRA_CA_CERTS makes it trusted for npm start).

let ca: PemPair
let certificate: PemPair
let dist: ReturnType<typeof makeDist>
let ionos: TestEmulator
const running: { close(): Promise<void> }[] = []

const apisAt = (origin: string) => ({
  IONOS_CLOUD_API_URL: `${origin}/cloudapi/v6`,
  IONOS_AUTH_API_URL: `${origin}/auth/v1`,
  IONOS_S3_MANAGEMENT_URL: `${origin}/s3-management`,
})

async function liveConsole(env: NodeJS.ProcessEnv, log: string[] = []): Promise<RunningServer> {
  const server = await startLiveConsole(env, dist.dist, log)
  running.push(server)
  return server
}

/** A test control of the stand-in itself (live mode has none), sent as JSON from localhost. */
async function control(method: string, path: string, body: unknown = {}) {
  const response = await fetch(`${ionos.url}/__emulator${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.ok, `${method} /__emulator${path}`).toBe(true)
}

beforeAll(async () => {
  ca = await makeCertificateAuthority('Live mode test CA')
  certificate = await issueServerCertificate(ca)
  trustInThisProcess(ca)
  dist = makeDist()
  ionos = await startTestEmulator({}, { tls: certificate })
  running.push(ionos)
})

afterAll(async () => {
  await Promise.all(running.map((server) => server.close()))
  dist.remove()
})

describe('live mode in front of IONOS', () => {
  it('passes the three APIs through, and their answers still match the contracts', async () => {
    const live = await liveConsole(apisAt(ionos.url))
    const client = new EmulatorClient(live.url)
    const alice = await client.signIn(demoUsers.alice.email)
    const keys = await client.get(`/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys?depth=1`, {
      auth: alice,
    })
    expect(keys.status).toBe(200)
    expect(keys.body.items).toHaveLength(2)
    const management = await client.get('/s3-management/accesskeys', { auth: alice })
    expect(management.status).toBe(200)
    expect(management.headers.get('cache-control')).toBe('no-store')
    expect(management.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers a change with the request status Location on its own origin, which it then serves', async () => {
    const live = await liveConsole(apisAt(ionos.url))
    const client = new EmulatorClient(live.url)
    const alice = await client.signIn(demoUsers.alice.email)
    const created = await client.post(`/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`, {
      auth: alice,
    })
    expect(created.status).toBe(202)
    // The stand-in names itself (https://127.0.0.1:…), as IONOS names https://api.ionos.com.
    const location = created.headers.get('location') ?? ''
    expect(location).toMatch(/^\/cloudapi\/v6\/requests\/[0-9a-f-]+\/status$/)
    const status = await client.get(location, { auth: alice })
    expect(status.status).toBe(200)
    expect(status.body.metadata.status).toMatch(/^(RUNNING|DONE)$/)
  })

  it('passes an error with its status, Retry-After and the IONOS body unchanged', async () => {
    const live = await liveConsole(apisAt(ionos.url))
    const fault = { path: '/cloudapi/v6/um/users', status: 429, retryAfter: 7, times: 2 }
    await control('POST', '/faults', { ...fault, errorCode: '429', message: 'Slow down' })
    const auth = { Authorization: basic(demoUsers.owner.email) }
    const direct = await fetch(`${ionos.url}/cloudapi/v6/um/users`, { headers: auth })
    const proxied = await fetch(`${live.url}/cloudapi/v6/um/users`, { headers: auth })
    expect(proxied.status).toBe(429)
    expect(proxied.headers.get('retry-after')).toBe('7')
    expect(proxied.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await proxied.text()).toBe(await direct.text())
  })

  it('serves pages that do not claim the emulator as their backend', async () => {
    const live = await liveConsole(apisAt(ionos.url))
    for (const page of ['/login', '/keys']) {
      const html = await (await fetch(`${live.url}${page}`)).text()
      expect(html).toContain('<head>')
      expect(html).not.toContain('oskc-backend')
    }
  })

  it('does not serve the emulator or its controls', async () => {
    const live = await liveConsole(apisAt(ionos.url))
    const before = ionos.requestCount()
    const snapshot = await fetch(`${live.url}/__emulator/snapshot`)
    expect(snapshot.headers.get('content-type')).toMatch(/^text\/html/)
    const reset = await fetch(`${live.url}/__emulator/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(reset.status).toBe(404)
    expect(ionos.requestCount()).toBe(before)
  })
})

describe('the header rules of live mode, against a scripted IONOS', () => {
  it('sends IONOS only what it needs, and the path and query as asked', async () => {
    const upstream = await startScriptedUpstream(certificate, (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
    running.push(upstream)
    const live = await liveConsole(apisAt(upstream.url))
    await fetch(`${live.url}/s3-management/accesskeys?offset=0&limit=100`, {
      method: 'PUT',
      headers: {
        Authorization: 'Bearer header.payload.signature',
        'Content-Type': 'application/json',
        Cookie: 'other-app=1',
        Origin: live.url,
        Referer: `${live.url}/keys`,
      },
      body: '{"properties":{"description":"x"}}',
    })
    const [seen] = upstream.seen
    expect(seen).toMatchObject({
      method: 'PUT',
      url: '/s3-management/accesskeys?offset=0&limit=100',
      body: '{"properties":{"description":"x"}}',
    })
    expect(seen?.headers).toMatchObject({
      authorization: 'Bearer header.payload.signature',
      'content-type': 'application/json',
      host: new URL(upstream.url).host,
    })
    for (const name of ['cookie', 'origin', 'referer'])
      expect(seen?.headers).not.toHaveProperty(name)
  })

  it('drops hop-by-hop headers, cookies and the server banner, and never lets an answer be cached', async () => {
    const upstream = await startScriptedUpstream(certificate, (_request, response) => {
      response.setHeader('Connection', 'keep-alive, X-Hop')
      response.setHeader('X-Hop', 'for the next hop only')
      response.setHeader('Keep-Alive', 'timeout=99, max=7')
      response.setHeader('Proxy-Authenticate', 'Basic realm="proxy"')
      response.setHeader('Set-Cookie', ['JSESSIONID=abc; Secure', 'lb=1'])
      response.setHeader('Server', 'Apache/2.4 (IONOS)')
      response.setHeader('Cache-Control', 'public, max-age=3600')
      response.setHeader('X-RateLimit-Remaining', '41')
      response.setHeader('Content-Type', 'application/json')
      // No Content-Length: the answer comes chunked (Transfer-Encoding, hop-by-hop too).
      response.write('{"items":')
      response.end('[]}')
    })
    running.push(upstream)
    const live = await liveConsole(apisAt(upstream.url))
    const answer = await fetch(`${live.url}/cloudapi/v6/um/users`)
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ items: [] })
    for (const name of ['x-hop', 'proxy-authenticate', 'set-cookie', 'server']) {
      expect(answer.headers.get(name), name).toBeNull()
    }
    // The console's own server speaks for its own connection.
    expect(answer.headers.get('keep-alive')).not.toContain('max=7')
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('41')
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('hands a redirect to the browser, on the same origin, instead of following it', async () => {
    const upstream = await startScriptedUpstream(certificate, (request, response) => {
      if (request.url?.endsWith('/moved')) {
        response.writeHead(303, { Location: `${upstream.url}/cloudapi/v6/requests/42/status` })
        response.end()
      } else response.writeHead(204).end()
    })
    running.push(upstream)
    const live = await liveConsole(apisAt(upstream.url))
    const answer = await fetch(`${live.url}/cloudapi/v6/um/moved`, { redirect: 'manual' })
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/cloudapi/v6/requests/42/status')
    expect(upstream.seen.map(({ url }) => url)).toEqual(['/cloudapi/v6/um/moved'])
    const empty = await fetch(`${live.url}/cloudapi/v6/um/gone`, { method: 'DELETE' })
    expect(empty.status).toBe(204)
    expect(await empty.text()).toBe('')
  })
})

describe('when IONOS cannot answer', () => {
  const ionosError = (status: number, message: RegExp) => ({
    httpStatus: status,
    messages: [{ errorCode: expect.any(String), message: expect.stringMatching(message) }],
  })

  it('answers 502 in the IONOS error shape when nothing listens', async () => {
    const log: string[] = []
    const nowhere = `https://127.0.0.1:${await closedPort()}`
    const live = await liveConsole(apisAt(nowhere), log)
    const answer = await fetch(`${live.url}/auth/v1/tokens/generate`)
    expect(answer.status).toBe(502)
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await answer.json()).toEqual(ionosError(502, /^IONOS could not be reached: /))
    expect(log).toEqual([
      expect.stringMatching(/^GET \/auth\/v1\/tokens\/generate 502 \d+ ms \(ECONNREFUSED\)$/),
    ])
  })

  it('answers 502 and sends nothing when the certificate comes from a CA it does not trust', async () => {
    const stranger = await issueServerCertificate(await makeCertificateAuthority('Untrusted CA'))
    const impostor = await startTestEmulator({}, { tls: stranger })
    running.push(impostor)
    const live = await liveConsole(apisAt(impostor.url))
    const answer = await fetch(`${live.url}/auth/v1/tokens/generate`, {
      headers: { Authorization: basic(demoUsers.alice.email) },
    })
    expect(answer.status).toBe(502)
    expect(await answer.json()).toEqual(
      ionosError(
        502,
        /^IONOS could not be reached: the certificate of 127\.0\.0\.1:\d+ is not trusted/,
      ),
    )
    expect(impostor.requestCount()).toBe(0)
  })

  it('answers 504 in the IONOS error shape when IONOS is slower than IONOS_TIMEOUT_MS', async () => {
    const log: string[] = []
    const live = await liveConsole({ ...apisAt(ionos.url), IONOS_TIMEOUT_MS: '300' }, log)
    await control('POST', '/faults', { path: '/cloudapi/v6/**', delayMs: 3_000 })
    const answer = await fetch(`${live.url}/cloudapi/v6/um/users?depth=1`)
    expect(answer.status).toBe(504)
    expect(await answer.json()).toEqual(
      ionosError(504, /^IONOS did not answer in time \(within 0\.3 s\)/),
    )
    expect(log).toEqual([
      expect.stringMatching(/^GET \/cloudapi\/v6\/um\/users 504 \d+ ms \(timeout\)$/),
    ])
    await control('DELETE', '/faults')
  })
})

describe('the log of live mode', () => {
  it('has one line per request: method, path without its query, status and time, and no credential or body', async () => {
    const log: string[] = []
    const live = await liveConsole(apisAt(ionos.url), log)
    const password = basic(demoUsers.owner.email)
    const tokenAnswer = await fetch(`${live.url}/auth/v1/tokens/generate?ttl=600`, {
      headers: { Authorization: password },
    })
    const { token } = (await tokenAnswer.json()) as { token: string }
    const created = await fetch(`${live.url}/s3-management/accesskeys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ properties: { description: 'log-test description' } }),
    })
    const { properties } = (await created.json()) as { properties: { secretKey: string } }
    expect(log).toEqual([
      expect.stringMatching(/^GET \/auth\/v1\/tokens\/generate 200 \d+ ms$/),
      expect.stringMatching(/^POST \/s3-management\/accesskeys 201 \d+ ms$/),
    ])
    const text = log.join('\n')
    for (const secret of [token, password, properties.secretKey, 'log-test description', 'ttl']) {
      expect(text).not.toContain(secret)
    }
  })
})
