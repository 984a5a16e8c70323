import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const bob = basic(demoUsers.bob.email)
const bobKeys = `/cloudapi/v6/um/users/${demoUsers.bob.id}/s3keys`
const keyPattern = '/cloudapi/v6/um/users/*/s3keys'
const json = { 'Content-Type': 'application/json' }
const addFault = async (fault: object) => {
  const answer = await client.post('/__emulator/faults', { body: fault })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body
}
const keyCount = async () => (await client.get(bobKeys, { auth: bob })).body.items.length

describe('injected failures', () => {
  it('answers with the status and an IONOS error body, before the store changes', async () => {
    await addFault({
      method: 'POST',
      path: keyPattern,
      status: 503,
      errorCode: 'MAINT',
      message: 'Down for maintenance',
    })
    const answer = await client.refused(503, () => client.post(bobKeys, { auth: bob }))
    expect(answer.body).toEqual({
      httpStatus: 503,
      messages: [{ errorCode: 'MAINT', message: 'Down for maintenance' }],
    })
    expect(await keyCount()).toBe(1)
  })

  it('fails as many times as asked, then lets requests through', async () => {
    await addFault({ path: '/cloudapi/v6/contracts', status: 500, times: 2 })
    expect((await client.get('/__emulator/faults')).body.faults).toMatchObject([{ remaining: 2 }])
    expect((await client.get('/cloudapi/v6/contracts', { auth: bob })).status).toBe(500)
    expect((await client.get('/cloudapi/v6/contracts', { auth: bob })).status).toBe(500)
    expect((await client.get('/cloudapi/v6/contracts', { auth: bob })).status).toBe(200)
    expect((await client.get('/__emulator/faults')).body.faults).toEqual([])
  })

  it('matches only its method, `*` as one segment and `**` as any rest', async () => {
    await addFault({ method: 'GET', path: '/cloudapi/v6/um/*', status: 502, times: 10 })
    await addFault({ path: '/s3-management/**', status: 504, times: 10 })
    expect(
      (await client.get(`/cloudapi/v6/um/users/${demoUsers.bob.id}`, { auth: bob })).status,
    ).toBe(200)
    expect((await client.get('/cloudapi/v6/um/groups', { auth: bob })).status).toBe(502)
    expect((await client.post(bobKeys, { auth: bob })).status).toBe(202)
    const token = await client.signIn(demoUsers.bob.email)
    expect((await client.get('/s3-management/regions/de', { auth: token })).status).toBe(504)
  })

  it('matches `*` only up to a slash and takes every other character literally', async () => {
    await addFault({ path: '/cloudapi/v6/um/users/*', status: 502, times: 10 })
    await addFault({ path: '/cloudapi/v6/contr(a|x)cts', status: 503, times: 10 })
    await addFault({ path: '/cloudapi/v6/um/group?', status: 504, times: 10 })
    expect((await client.get(bobKeys, { auth: bob })).status).toBe(200)
    expect(
      (await client.get(`/cloudapi/v6/um/users/${demoUsers.bob.id}`, { auth: bob })).status,
    ).toBe(502)
    expect((await client.get('/cloudapi/v6/contracts', { auth: bob })).status).toBe(200)
    const owner = basic(demoUsers.owner.email)
    expect((await client.get('/cloudapi/v6/um/groups', { auth: owner })).status).toBe(200)
  })

  it('answers at once for the costliest glob it takes, against the longest path', async () => {
    await addFault({ path: '/**/*a/**/*b', status: 500, times: 10 })
    await addFault({ path: '/**/a*/**/*/b', status: 500, times: 10 })
    // About 16,000 characters: close to the longest request line Node's HTTP server accepts.
    for (const rest of [`${'a/'.repeat(7900)}c`, 'a'.repeat(15_800)]) {
      const answer = await client.get(`/cloudapi/v6/${rest}`, { auth: bob })
      expect(answer.status).toBe(404)
    }
  }, 15_000)

  it.each([
    ['three `**`', '/**/a/**/b/**', /^path: at most 2 `\*\*` in a glob, got 3\./],
    ['twenty `**`', `/${Array(20).fill('**').join('/a/')}/b`, /at most 2 `\*\*` in a glob, got 20/],
    ['`**` inside a segment', '/cloudapi/**x', /`\*\*` must be a whole segment/],
    ['two `*` in one segment', '/cloudapi/v6/*a*', /at most one `\*` in a segment, got "\*a\*"/],
    ['a glob over 512 characters', `/${'a'.repeat(512)}`, /at most 512 characters, got 513/],
  ])(
    'refuses a path glob with %s, so that no glob can stall the emulator',
    async (_name, path, message) => {
      const answer = await client.post('/__emulator/faults', { body: { path, status: 500 } })
      expect(answer.status).toBe(422)
      expect(answer.body.messages[0].message).toMatch(message)
      expect((await client.get('/__emulator/faults')).body.faults).toEqual([])
    },
  )

  it('answers 429 with Retry-After, 1 second unless told otherwise', async () => {
    await addFault({ path: '/cloudapi/v6/contracts', status: 429 })
    await addFault({ path: '/cloudapi/v6/contracts', status: 429, retryAfter: 7 })
    const first = await client.get('/cloudapi/v6/contracts', { auth: bob })
    expect(first.status).toBe(429)
    expect(first.headers.get('Retry-After')).toBe('1')
    expect(first.headers.get('X-RateLimit-Remaining')).toBe('0')
    expect(
      (await client.get('/cloudapi/v6/contracts', { auth: bob })).headers.get('Retry-After'),
    ).toBe('7')
  })

  it('delays an answer, which then arrives as usual', async () => {
    await addFault({ path: '/cloudapi/v6/contracts', delayMs: 250 })
    const started = performance.now()
    const answer = await client.get('/cloudapi/v6/contracts', { auth: bob })
    expect(answer.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(240)
  })

  it('drops the connection without an answer and without changing the store', async () => {
    await addFault({ method: 'POST', path: keyPattern, drop: true })
    const before = await client.snapshot()
    await expect(client.post(bobKeys, { auth: bob })).rejects.toThrow()
    expect(await client.snapshot()).toEqual(before)
  })

  it('with `after`, changes the store and then loses the answer', async () => {
    await addFault({ method: 'POST', path: keyPattern, drop: true, after: true })
    await expect(client.post(bobKeys, { auth: bob })).rejects.toThrow()
    expect(await keyCount()).toBe(2)
    await addFault({ method: 'POST', path: keyPattern, status: 500, after: true })
    const answer = await client.post(bobKeys, { auth: bob })
    expect(answer.status).toBe(500)
    expect(answer.headers.get('Location')).toBeNull()
    expect(await keyCount()).toBe(3)
  })

  it('with `repeat`, runs the request that many times, as a browser resending it, then loses it', async () => {
    await addFault({ method: 'POST', path: keyPattern, drop: true, after: true, repeat: 3 })
    await expect(client.post(bobKeys, { auth: bob })).rejects.toThrow()
    expect(await keyCount()).toBe(4)
    const refused = await client.post('/__emulator/faults', {
      headers: json,
      body: { path: keyPattern, drop: true, repeat: 2 },
    })
    expect(refused.status).toBe(422)
  })

  it('with `garble`, changes the store and answers with its status but a body cut short', async () => {
    await addFault({ method: 'POST', path: keyPattern, after: true, garble: true })
    const answer = await fetch(new URL(bobKeys, client.url), {
      method: 'POST',
      headers: { Authorization: bob, 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(answer.status).toBe(202)
    expect(await answer.text()).toBe('{"id":')
    expect(await keyCount()).toBe(2)
  })

  it('never affects the controls themselves', async () => {
    await addFault({ path: '/**', status: 500, times: 100 })
    expect((await client.get('/__emulator/faults')).status).toBe(200)
    expect((await client.get('/cloudapi/v6/contracts', { auth: bob })).status).toBe(500)
  })

  it('lists, removes and clears faults', async () => {
    const first = await addFault({ path: '/a', status: 500 })
    await addFault({ path: '/b', status: 500 })
    expect((await client.delete(`/__emulator/faults/${first.id}`, { headers: json })).status).toBe(
      204,
    )
    expect((await client.get('/__emulator/faults')).body.faults).toMatchObject([{ path: '/b' }])
    expect((await client.delete(`/__emulator/faults/${first.id}`, { headers: json })).status).toBe(
      404,
    )
    expect((await client.delete('/__emulator/faults', { headers: json })).status).toBe(204)
    expect((await client.get('/__emulator/faults')).body.faults).toEqual([])
  })

  it.each([
    ['nothing to do', { path: '/x' }, /needs a status, drop: true, garble: true or a delayMs/],
    ['drop and status', { path: '/x', drop: true, status: 500 }, /exclude each other/],
    ['a success status', { path: '/x', status: 200 }, /^status: /],
    ['an unknown method', { path: '/x', status: 500, method: 'FETCH' }, /^method: /],
    ['a relative path', { path: 'x', status: 500 }, /^path: /],
    [
      'an unknown field',
      { path: '/x', status: 500, probability: 0.5 },
      /"probability" is not a field/,
    ],
  ])('refuses a fault with %s', async (_name, fault, message) => {
    const answer = await client.post('/__emulator/faults', { body: fault })
    expect(answer.status).toBe(422)
    expect(answer.body.messages[0].message).toMatch(message)
    expect((await client.get('/__emulator/faults')).body.faults).toEqual([])
  })
})

describe('data controls', () => {
  it('resets to the seed and clears faults', async () => {
    const seed = await client.snapshot()
    await client.post(bobKeys, { auth: bob })
    await addFault({ path: '/x', status: 500 })
    await client.reset()
    expect(await client.snapshot()).toEqual(seed)
    expect((await client.get('/__emulator/faults')).body.faults).toEqual([])
  })

  it('sets and reads a user’s bucket count', async () => {
    const path = `/__emulator/users/${demoUsers.carol.id}/buckets`
    expect((await client.get(path)).body).toEqual({ userId: demoUsers.carol.id, count: 0 })
    expect((await client.put(path, { body: { count: 12 } })).body).toEqual({
      userId: demoUsers.carol.id,
      count: 12,
    })
    expect((await client.get(path)).body.count).toBe(12)
  })

  it('renames a user, markup and all, as the Cloud API then lists them', async () => {
    const path = `/__emulator/users/${demoUsers.carol.id}`
    const firstname = '<img src=x onerror=alert(1)>'
    expect((await client.request('PATCH', path, { body: { firstname } })).body).toEqual({
      userId: demoUsers.carol.id,
      firstname,
      lastname: 'Clark',
    })
    const carol = await client.get(`/cloudapi/v6/um/users/${demoUsers.carol.id}`, {
      auth: basic(demoUsers.owner.email),
    })
    expect(carol.body.properties).toMatchObject({ firstname, lastname: 'Clark' })
  })

  it('refuses a rename without a name, with an empty or unknown field, or of an unknown user', async () => {
    const path = `/__emulator/users/${demoUsers.carol.id}`
    for (const body of [{}, { firstname: '' }, { lastname: 3 }, { firstname: 'A', email: 'x' }]) {
      await client.refused(422, () => client.request('PATCH', path, { body }))
    }
    await client.refused(404, () =>
      client.request('PATCH', '/__emulator/users/nobody', { body: { firstname: 'A' } }),
    )
  })

  it('refuses a bad bucket count and an unknown user', async () => {
    const path = `/__emulator/users/${demoUsers.carol.id}/buckets`
    for (const body of [
      { count: -1 },
      { count: 1.5 },
      { count: '3' },
      { count: 1, extra: true },
      {},
    ]) {
      await client.refused(422, () => client.put(path, { body }))
    }
    await client.refused(403, () =>
      client.put(path, { body: '3', headers: { 'Content-Type': 'text/plain' } }),
    )
    await client.refused(404, () =>
      client.put('/__emulator/users/nobody/buckets', { body: { count: 1 } }),
    )
  })
})
