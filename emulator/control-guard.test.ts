import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoUsers } from './seed.ts'
import { basic, startClient, type EmulatorClient } from './test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const bob = basic(demoUsers.bob.email)
const bobKeys = `/cloudapi/v6/um/users/${demoUsers.bob.id}/s3keys`
const addFault = async (fault: object) => {
  const answer = await client.post('/__emulator/faults', { body: fault })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
}

/**
 * A request with headers that fetch() will not send as given (`Host`), so that a test can play a
 * web page that reaches the emulator through a rebound DNS name or posts a form across origins.
 */
function sendRaw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, client.url), { method, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
      )
    })
    request.on('error', reject)
    request.end(body)
  })
}

const ionosError = (status: number, message: RegExp) => ({
  httpStatus: status,
  messages: [{ errorCode: '317', message: expect.stringMatching(message) }],
})
const faultList = async () => (await client.get('/__emulator/faults')).body.faults

describe('who may use the controls', () => {
  const stateChanges = [
    ['POST', '/__emulator/reset', ''],
    ['POST', '/__emulator/faults', JSON.stringify({ path: '/**', status: 500 })],
    ['DELETE', '/__emulator/faults', ''],
    ['DELETE', '/__emulator/faults/1', ''],
    ['PUT', `/__emulator/users/${demoUsers.carol.id}/buckets`, JSON.stringify({ count: 9 })],
    ['PATCH', `/__emulator/users/${demoUsers.carol.id}`, JSON.stringify({ firstname: 'Mallory' })],
    ['PUT', '/__emulator/settings', JSON.stringify({ privilegeMs: 60_000 })],
    ['PUT', '/__emulator/next-key-failure', JSON.stringify({ statusMessage: 'broken' })],
  ] as const

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x'])(
    'refuses every state-changing control sent as %s, as a cross-origin form would, and changes nothing',
    async (contentType) => {
      // Something that a forged reset would undo, and a fault that a forged DELETE would clear.
      expect((await client.post(bobKeys, { auth: bob })).status).toBe(202)
      await addFault({ path: '/x', status: 500 })
      const before = await client.snapshot()
      const faultsBefore = await faultList()
      for (const [method, path, body] of stateChanges) {
        const answer = await sendRaw(method, path, { 'Content-Type': contentType }, body)
        expect(answer.status, `${method} ${path}`).toBe(403)
        expect(JSON.parse(answer.body)).toEqual(
          ionosError(403, /changes state.*needs Content-Type: application\/json/),
        )
      }
      expect(await client.snapshot()).toEqual(before)
      expect(await faultList()).toEqual(faultsBefore)
    },
  )

  it('refuses a state-changing control without a Content-Type', async () => {
    await addFault({ path: '/x', status: 500 })
    const answer = await sendRaw('DELETE', '/__emulator/faults', {})
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body).messages[0].message).toMatch(/got none/)
    expect(await faultList()).toHaveLength(1)
  })

  it('takes application/json with parameters and in any letter case', async () => {
    const path = `/__emulator/users/${demoUsers.carol.id}/buckets`
    for (const contentType of ['application/json; charset=utf-8', 'Application/JSON']) {
      const answer = await sendRaw('PUT', path, { 'Content-Type': contentType }, '{"count":4}')
      expect(answer.status, contentType).toBe(200)
    }
  })

  it.each([
    'evil.example',
    'evil.example:80',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    '[::2]:8080',
    '0.0.0.0',
  ])('refuses every control, reads included, with Host "%s"', async (host) => {
    await addFault({ path: '/x', status: 500 })
    const before = await client.snapshot()
    const json = { Host: host, 'Content-Type': 'application/json' }
    for (const [method, path, body] of [
      ['GET', '/__emulator/snapshot', ''],
      ['GET', '/__emulator/faults', ''],
      ['GET', `/__emulator/users/${demoUsers.carol.id}/buckets`, ''],
      ['GET', '/__emulator/nothing-here', ''],
      ['GET', '/__emulator', ''],
      ...stateChanges,
    ] as const) {
      const answer = await sendRaw(method, path, json, body)
      expect(answer.status, `${method} ${path}`).toBe(403)
      expect(answer.body).not.toContain(demoUsers.carol.email)
      expect(JSON.parse(answer.body)).toEqual(
        ionosError(403, /only to a Host of localhost, 127\.0\.0\.1 or \[::1\]/),
      )
    }
    expect(await client.snapshot()).toEqual(before)
    expect(await faultList()).toHaveLength(1)
  })

  it('answers a Host of localhost, 127.0.0.1 or [::1], with any port', async () => {
    for (const host of [
      'localhost',
      'localhost:4010',
      'LOCALHOST:1',
      '127.0.0.1',
      '127.0.0.1:80',
      '[::1]',
      '[::1]:8080',
    ]) {
      expect((await sendRaw('GET', '/__emulator/snapshot', { Host: host })).status, host).toBe(200)
      const reset = await sendRaw('POST', '/__emulator/reset', {
        Host: host,
        'Content-Type': 'application/json',
      })
      expect(reset.status, host).toBe(204)
    }
  })

  it('never sends CORS headers, not even to a preflight', async () => {
    const origin = { Origin: 'https://evil.example' }
    const preflight = await sendRaw('OPTIONS', '/__emulator/reset', {
      ...origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    })
    const snapshot = await sendRaw('GET', '/__emulator/snapshot', origin)
    expect(snapshot.status).toBe(200)
    for (const answer of [preflight, snapshot]) {
      const cors = Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))
      expect(cors).toEqual([])
    }
  })
})
