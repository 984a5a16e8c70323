import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoKeys, demoUsers } from '../seed.ts'
import { startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const keys = '/s3-management/accesskeys'
const signIn = (name: keyof typeof demoUsers) => client.signIn(demoUsers[name].email)
const json = { 'Content-Type': 'application/json' }

describe('listing and reading the caller’s own keys', () => {
  it('lists only the caller’s keys, with no secret', async () => {
    const answer = await client.get(keys, { auth: await signIn('alice') })
    expect(answer.body.items.map((key: { id: string }) => key.id)).toEqual([
      demoKeys.aliceDescribed,
      demoKeys.aliceRecent,
    ])
    for (const key of answer.body.items) {
      expect(key.properties).toMatchObject({
        secretKey: '',
        contractUserId: `31415926:${demoUsers.alice.id}`,
      })
      expect(key.properties.accessKey).toHaveLength(92)
      expect(key.metadata).toMatchObject({ status: 'AVAILABLE', administrative: false })
    }
    expect(answer.body.items[0].properties.description).toBe('Website assets')
    expect((await client.get(keys, { auth: await signIn('admin') })).body.items).toEqual([])
  })

  it('pages with offset and limit, and filters by the access key string', async () => {
    const auth = await signIn('dave')
    const page = await client.get(`${keys}?offset=1&limit=2`, { auth })
    expect(page.body).toMatchObject({ offset: 1, limit: 2 })
    expect(page.body.items.map((key: { id: string }) => key.id)).toEqual([
      demoKeys.daveInactive,
      demoKeys.dave3,
    ])
    expect(Object.keys(page.body._links).sort()).toEqual(['next', 'prev', 'self'])
    const accessKey = page.body.items[1].properties.accessKey
    const filtered = await client.get(`${keys}?filter.accesskeyId=${accessKey}`, { auth })
    expect(filtered.body.items.map((key: { id: string }) => key.id)).toEqual([demoKeys.dave3])
  })

  it('marks the legacy key by its regions and the owner’s administrative key', async () => {
    const legacy = await client.get(`${keys}/${demoKeys.daveLegacy}`, {
      auth: await signIn('dave'),
    })
    expect(legacy.body.metadata.createdDate < '2024-04-25').toBe(true)
    expect(legacy.body.metadata.supportedRegions).toEqual(['de', 'eu-central-2', 'eu-south-2'])
    const modern = await client.get(`${keys}/${demoKeys.dave3}`, { auth: await signIn('dave') })
    expect(modern.body.metadata.supportedRegions).toHaveLength(6)
    const administrative = await client.get(`${keys}/${demoKeys.ownerAdministrative}`, {
      auth: await signIn('owner'),
    })
    expect(administrative.body.metadata.administrative).toBe(true)
  })

  it('answers a key that is not the caller’s, or does not exist, with 404 (409 to an ensure)', async () => {
    const auth = await signIn('alice')
    await client.refused(404, () => client.get(`${keys}/${demoKeys.bobOnly}`, { auth }))
    await client.refused(404, () => client.delete(`${keys}/${demoKeys.bobOnly}`, { auth }))
    await client.refused(404, () => client.put(`${keys}/${demoKeys.bobOnly}/renew`, { auth }))
    // The ensure-PUT would create an unknown UUID, so another user's is a conflict, not unknown.
    await client.refused(409, () =>
      client.put(`${keys}/${demoKeys.bobOnly}`, {
        auth,
        body: { properties: { description: 'mine' } },
      }),
    )
    await client.refused(404, () =>
      client.get(`${keys}/00000000-0000-4000-a000-000000000000`, { auth }),
    )
  })

  it.each(['limit=0', 'limit=1001', 'offset=-1', 'limit=many'])(
    'refuses %s with 400',
    async (query) => {
      const aliceAuth = await signIn('alice')
      const answer = await client.refused(400, () =>
        client.get(`${keys}?${query}`, { auth: aliceAuth }),
      )
      expect(answer.body.messages[0].message).toMatch(/must be a whole number/)
    },
  )

  it('refuses an id that is not a UUID with 400', async () => {
    const aliceAuth = await signIn('alice')
    await client.refused(400, () => client.get(`${keys}/AK12`, { auth: aliceAuth }))
  })
})

describe('creating keys', () => {
  it('creates a key that shows its secret once and is PROVISIONING, then AVAILABLE', async () => {
    const auth = await signIn('bob')
    const body = { properties: { description: 'CI deploys', accessKey: '', secretKey: '' } }
    const created = await client.post(keys, { auth, body })
    expect(created.status).toBe(201)
    expect(created.body.metadata.status).toBe('PROVISIONING')
    expect(created.body.properties).toMatchObject({
      description: 'CI deploys',
      secretKey: expect.stringMatching(/^.{40}$/),
    })
    await new Promise((resolve) => setTimeout(resolve, 80))
    const read = await client.get(`${keys}/${created.body.id}`, { auth })
    expect(read.body.metadata.status).toBe('AVAILABLE')
    expect(read.body.properties.secretKey).toBe('')
    const cloud = await client.get(
      `/cloudapi/v6/um/users/${demoUsers.bob.id}/s3keys/${created.body.properties.accessKey}`,
      { auth },
    )
    expect(cloud.body.properties).toEqual({
      secretKey: created.body.properties.secretKey,
      active: true,
    })
  })

  it('refuses a sixth key and a user without the privilege, as the Cloud API does', async () => {
    const daveAuth = await signIn('dave')
    const sixth = await client.refused(422, () =>
      client.post(keys, { auth: daveAuth, body: { properties: { description: '' } } }),
    )
    expect(sixth.body.messages[0].message).toMatch(/^A maximum of five keys per user/)
    const carolAuth = await signIn('carol')
    const carol = await client.refused(422, () =>
      client.post(keys, { auth: carolAuth, body: { properties: { description: '' } } }),
    )
    expect(carol.body.messages[0].message).toBe(
      'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
    )
  })

  it.each([
    ['malformed JSON', 400, '{"properties":{', /not valid JSON/],
    ['an empty body', 400, ' ', /body is missing/],
    ['a missing properties object', 422, '{}', /^properties: /],
    ['a missing description', 422, '{"properties":{}}', /^properties\.description: /],
    [
      'a description of the wrong type',
      422,
      '{"properties":{"description":7}}',
      /^properties\.description: .*expected string/,
    ],
    [
      'a description over 255 characters',
      422,
      JSON.stringify({ properties: { description: 'x'.repeat(256) } }),
      /at most 255 characters long, got 256/,
    ],
    [
      'a line break in the description',
      422,
      '{"properties":{"description":"a\\nb"}}',
      /control characters/,
    ],
    [
      'a NUL in the description',
      422,
      '{"properties":{"description":"a\\u0000b"}}',
      /control characters/,
    ],
    [
      'a lone surrogate in the description',
      422,
      '{"properties":{"description":"a\\ud800b"}}',
      /control characters/,
    ],
    [
      'a field the API does not take',
      422,
      '{"properties":{"description":"","active":true}}',
      /"active" is not a field this API takes/,
    ],
    [
      'a top-level field the API does not take',
      422,
      '{"properties":{"description":""},"owner":"bob"}',
      /"owner" is not a field/,
    ],
  ])('refuses %s with %i and a clear message', async (_name, status, body, message) => {
    const auth = await signIn('bob')
    const answer = await client.refused(status, () =>
      client.post(keys, { auth, body, headers: json }),
    )
    expect(answer.body.messages[0].message).toMatch(message)
  })

  it('refuses a body that is not JSON with 415', async () => {
    const auth = await signIn('bob')
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' }
    await client.refused(415, () => client.post(keys, { auth, body: 'description=x', headers }))
  })

  it('takes a description of exactly 255 characters, emoji counted as one', async () => {
    const description = `${'x'.repeat(254)}🔑`
    const created = await client.post(keys, {
      auth: await signIn('bob'),
      body: { properties: { description } },
    })
    expect(created.status).toBe(201)
    expect(created.body.properties.description).toBe(description)
  })
})

describe('changing, renewing and deleting keys', () => {
  it('changes the description and answers 200 with no secret', async () => {
    const auth = await signIn('alice')
    const body = {
      id: demoKeys.aliceRecent,
      properties: { description: 'Backups', accessKey: '', secretKey: '' },
    }
    const answer = await client.put(`${keys}/${demoKeys.aliceRecent}`, { auth, body })
    expect(answer.status).toBe(200)
    expect(answer.body.properties).toMatchObject({ description: 'Backups', secretKey: '' })
  })

  it('refuses a body id that differs from the path, and a bad description', async () => {
    const auth = await signIn('alice')
    const path = `${keys}/${demoKeys.aliceRecent}`
    await client.refused(422, () =>
      client.put(path, {
        auth,
        body: { id: demoKeys.aliceDescribed, properties: { description: 'x' } },
      }),
    )
    await client.refused(422, () =>
      client.put(path, { auth, body: { properties: { description: '\t' } } }),
    )
    await client.refused(415, () =>
      client.put(path, { auth, body: 'x', headers: { 'Content-Type': 'text/plain' } }),
    )
  })

  it('renews the secret: shown once, and the Cloud API sees the new one', async () => {
    const auth = await signIn('alice')
    const cloudPath = `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys?depth=1`
    const before = (await client.get(cloudPath, { auth })).body.items[1].properties.secretKey
    const renewed = await client.put(`${keys}/${demoKeys.aliceRecent}/renew`, { auth })
    expect(renewed.status).toBe(200)
    expect(renewed.body.properties.secretKey).not.toBe(before)
    const after = (await client.get(cloudPath, { auth })).body.items[1].properties.secretKey
    expect(after).toBe(renewed.body.properties.secretKey)
  })

  it('refuses a body on renew', async () => {
    const auth = await signIn('alice')
    await client.refused(422, () =>
      client.put(`${keys}/${demoKeys.aliceRecent}/renew`, { auth, body: { properties: {} } }),
    )
  })

  it('deletes a key with 202 and no body; it is DESTROYING, then 404', async () => {
    const auth = await signIn('alice')
    const answer = await client.delete(`${keys}/${demoKeys.aliceRecent}`, { auth })
    expect(answer.status).toBe(202)
    expect(answer.body).toBeUndefined()
    const read = () => client.get(`${keys}/${demoKeys.aliceRecent}`, { auth })
    expect((await read()).body.metadata.status).toBe('DESTROYING')
    await expect.poll(async () => (await read()).status).toBe(404)
  })

  it('refuses to delete the only key of a user with buckets', async () => {
    const bobAuth = await signIn('bob')
    const answer = await client.refused(422, () =>
      client.delete(`${keys}/${demoKeys.bobOnly}`, { auth: bobAuth }),
    )
    expect(answer.body.messages[0].message).toMatch(
      /Deactivate it instead, or generate another key first; or delete the buckets/,
    )
  })
})

describe('regions', () => {
  it('lists the six regions with their endpoints', async () => {
    const answer = await client.get('/s3-management/regions', { auth: await signIn('carol') })
    const endpoints = Object.fromEntries(
      answer.body.items.map((region: { id: string; properties: { endpoint: string } }) => [
        region.id,
        region.properties.endpoint,
      ]),
    )
    expect(endpoints).toEqual({
      de: 's3.eu-central-1.ionoscloud.com',
      'eu-central-2': 's3.eu-central-2.ionoscloud.com',
      'eu-central-3': 's3.eu-central-3.ionoscloud.com',
      'eu-central-4': 's3.eu-central-4.ionoscloud.com',
      'eu-south-2': 's3.eu-south-2.ionoscloud.com',
      'us-central-1': 's3.us-central-1.ionoscloud.com',
    })
  })

  it('shows one region, answers an unknown one with 404 and needs a token', async () => {
    const auth = await signIn('carol')
    const region = await client.get('/s3-management/regions/eu-central-3', { auth })
    expect(region.body).toMatchObject({
      id: 'eu-central-3',
      type: 'region',
      properties: { bucketOwnership: 'contract-owned' },
    })
    await client.refused(404, () => client.get('/s3-management/regions/mars-1', { auth }))
    await client.refused(401, () => client.get('/s3-management/regions'))
    await client.refused(400, () => client.get('/s3-management/regions?limit=0', { auth }))
  })
})
