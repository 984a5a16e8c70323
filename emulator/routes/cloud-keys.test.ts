import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const admin = basic(demoUsers.admin.email)
const keysOf = (name: keyof typeof demoUsers) =>
  `/cloudapi/v6/um/users/${demoUsers[name].id}/s3keys`
const notFoundMessage =
  'The access key cannot be found, please double-check the key id and try again.'

async function firstKeyId(name: keyof typeof demoUsers): Promise<string> {
  return (await client.get(`${keysOf(name)}?depth=1`, { auth: admin })).body.items[0].id
}

describe('listing and reading keys', () => {
  it('lists a user’s keys with their secrets, ids being the access keys', async () => {
    const answer = await client.get(`${keysOf('alice')}?depth=1`, {
      auth: basic(demoUsers.alice.email),
    })
    expect(answer.body.items).toHaveLength(2)
    for (const key of answer.body.items) {
      expect(key).toMatchObject({
        type: 's3key',
        properties: { secretKey: expect.stringMatching(/^.{40}$/), active: true },
      })
      expect(key.id).toHaveLength(92)
      const read = await client.get(`${keysOf('alice')}/${key.id}`, { auth: admin })
      expect(read.body.properties.secretKey).toBe(key.properties.secretKey)
    }
  })

  it('lists references only at depth=0', async () => {
    const answer = await client.get(keysOf('dave'), { auth: admin })
    expect(answer.body.items).toHaveLength(5)
    expect(Object.keys(answer.body.items[0]).sort()).toEqual(['href', 'id', 'type'])
  })

  it('shows dave’s legacy key from 2023 with its short access key, and his inactive key', async () => {
    const { items } = (await client.get(`${keysOf('dave')}?depth=1`, { auth: admin })).body
    const legacy = items.filter(
      (key: { metadata: { createdDate: string } }) => key.metadata.createdDate < '2024-04-25',
    )
    expect(legacy).toHaveLength(1)
    expect(legacy[0].id).toMatch(/^[0-9a-f]{20}$/)
    expect(
      items.filter((key: { properties: { active: boolean } }) => !key.properties.active),
    ).toHaveLength(1)
  })

  it('answers an unknown key, or another user’s key, with the real API’s 422', async () => {
    const bobsKey = await firstKeyId('bob')
    for (const path of [`${keysOf('alice')}/nope`, `${keysOf('alice')}/${bobsKey}`]) {
      for (const method of ['GET', 'DELETE'] as const) {
        const answer = await client.refused(422, () =>
          client.request(method, path, { auth: admin }),
        )
        expect(answer.body.messages[0].message).toBe(notFoundMessage)
      }
      const put = await client.refused(422, () =>
        client.put(path, { auth: admin, body: { properties: { active: false } } }),
      )
      expect(put.body.messages[0].message).toBe(notFoundMessage)
    }
  })

  it('refuses a user access to another user’s keys', async () => {
    const auth = basic(demoUsers.alice.email)
    const bobsKey = await firstKeyId('bob')
    await client.refused(403, () => client.get(keysOf('bob'), { auth }))
    await client.refused(403, () => client.post(keysOf('bob'), { auth }))
    await client.refused(403, () => client.get(`${keysOf('bob')}/${bobsKey}`, { auth }))
    await client.refused(403, () =>
      client.put(`${keysOf('bob')}/${bobsKey}`, { auth, body: { properties: { active: false } } }),
    )
    await client.refused(403, () => client.delete(`${keysOf('bob')}/${bobsKey}`, { auth }))
  })

  it('answers a malformed user id with 422 and an unknown user with 404', async () => {
    await client.refused(422, () => client.get('/cloudapi/v6/um/users/bob/s3keys', { auth: admin }))
    await client.refused(404, () =>
      client.post('/cloudapi/v6/um/users/00000000-0000-4000-8000-000000000000/s3keys', {
        auth: admin,
      }),
    )
  })
})

describe('creating keys', () => {
  it('creates an active key, answers 202 with a Location to poll, and shows it in both APIs', async () => {
    const auth = basic(demoUsers.bob.email)
    const answer = await client.post(keysOf('bob'), {
      auth,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(answer.status).toBe(202)
    expect(answer.body.properties).toEqual({
      secretKey: expect.stringMatching(/^.{40}$/),
      active: true,
    })
    const location = new URL(answer.headers.get('Location') ?? '')
    expect(location.origin).toBe(client.url)
    expect(location.pathname).toMatch(/^\/cloudapi\/v6\/requests\/[0-9a-f-]{36}\/status$/)
    const running = await client.get(location.pathname, { auth })
    expect(running.body.metadata).toMatchObject({
      status: 'RUNNING',
      targets: [{ target: { id: answer.body.id, type: 's3key' } }],
    })
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect((await client.get(location.pathname, { auth })).body.metadata.status).toBe('DONE')
    const token = await client.signIn(demoUsers.bob.email)
    const management = await client.get(
      `/s3-management/accesskeys?filter.accesskeyId=${answer.body.id}`,
      { auth: token },
    )
    expect(management.body.items).toHaveLength(1)
    expect(management.body.items[0].properties.accessKey).toBe(answer.body.id)
  })

  it('lets an administrator create a key for another user', async () => {
    expect((await client.post(keysOf('bob'), { auth: admin })).status).toBe(202)
    expect((await client.get(keysOf('bob'), { auth: admin })).body.items).toHaveLength(2)
  })

  it('refuses a sixth key with the IONOS error body', async () => {
    const answer = await client.refused(422, () =>
      client.post(keysOf('dave'), { auth: basic(demoUsers.dave.email) }),
    )
    expect(answer.body.messages[0]).toEqual({
      errorCode: '201',
      message: expect.stringMatching(/^A maximum of five keys per user can be generated\./),
    })
  })

  it('refuses a key to a user without the object-storage privilege, with the real message', async () => {
    for (const auth of [admin, basic(demoUsers.carol.email)]) {
      const answer = await client.refused(422, () => client.post(keysOf('carol'), { auth }))
      expect(answer.body.messages[0].message).toBe(
        'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
      )
    }
  })

  it('refuses a body on create: JSON other than {} with 422, another content type with 415', async () => {
    const auth = basic(demoUsers.bob.email)
    await client.refused(422, () =>
      client.post(keysOf('bob'), { auth, body: { properties: { active: false } } }),
    )
    await client.refused(415, () =>
      client.post(keysOf('bob'), {
        auth,
        body: 'active',
        headers: { 'Content-Type': 'text/plain' },
      }),
    )
    await client.refused(400, () =>
      client.post(keysOf('bob'), {
        auth,
        body: '{',
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    expect((await client.post(keysOf('bob'), { auth, body: {} })).status).toBe(202)
  })
})

describe('enabling and disabling keys', () => {
  it('deactivates a key and answers 202 with the key and a Location', async () => {
    const keyId = await firstKeyId('alice')
    const answer = await client.put(`${keysOf('alice')}/${keyId}`, {
      auth: basic(demoUsers.alice.email),
      body: { properties: { active: false } },
    })
    expect(answer.status).toBe(202)
    expect(answer.body.properties.active).toBe(false)
    expect(answer.headers.get('Location')).toMatch(/\/cloudapi\/v6\/requests\/.+\/status$/)
    expect(
      (await client.get(`${keysOf('alice')}/${keyId}`, { auth: admin })).body.properties.active,
    ).toBe(false)
  })

  it('takes the whole key back as clients send it, ignoring read-only fields', async () => {
    const key = (await client.get(`${keysOf('alice')}?depth=1`, { auth: admin })).body.items[0]
    const body = { ...key, properties: { ...key.properties, active: false } }
    expect((await client.put(`${keysOf('alice')}/${key.id}`, { auth: admin, body })).status).toBe(
      202,
    )
  })

  it.each([
    ['malformed JSON', 400, '{"properties":', 'application/json', /not valid JSON/],
    ['an empty body', 400, '', 'application/json', /body is missing/],
    [
      'a wrong content type',
      415,
      '{"properties":{"active":false}}',
      'text/plain',
      /Content-Type must be application\/json/,
    ],
    ['a missing content type', 415, '{"properties":{"active":false}}', '', /Content-Type/],
    [
      'a wrong type',
      422,
      '{"properties":{"active":"no"}}',
      'application/json',
      /^properties\.active: .*expected boolean/,
    ],
    ['a missing field', 422, '{"properties":{}}', 'application/json', /^properties\.active/],
    [
      'a field the API does not take',
      422,
      '{"properties":{"active":true,"description":"x"}}',
      'application/json',
      /"description" is not a field this API takes/,
    ],
    ['an array', 422, '[]', 'application/json', /^body: .*expected object/],
    [
      'a mismatched id',
      422,
      '{"id":"other","properties":{"active":false}}',
      'application/json',
      /^id: "other" does not match/,
    ],
  ])(
    'refuses %s with %i and a clear message',
    async (_name, status, body, contentType, message) => {
      const keyId = await firstKeyId('alice')
      const headers = contentType ? { 'Content-Type': contentType } : undefined
      const answer = await client.refused(status, () =>
        client.put(`${keysOf('alice')}/${keyId}`, { auth: admin, body, headers }),
      )
      expect(answer.body.messages[0].message).toMatch(message)
    },
  )
})

describe('deleting keys', () => {
  it('deletes a key, answers 202 with no body and a Location, and once DONE the key is gone', async () => {
    const keyId = await firstKeyId('alice')
    const answer = await client.delete(`${keysOf('alice')}/${keyId}`, {
      auth: basic(demoUsers.alice.email),
    })
    expect(answer.status).toBe(202)
    expect(answer.body).toBeUndefined()
    const location = answer.headers.get('Location') ?? ''
    expect(location).toMatch(/\/requests\/.+\/status$/)
    const status = new URL(location).pathname
    await expect
      .poll(async () => (await client.get(status, { auth: admin })).body.metadata.status)
      .toBe('DONE')
    await client.refused(422, () => client.get(`${keysOf('alice')}/${keyId}`, { auth: admin }))
  })

  it('refuses to delete the only key of a user with buckets, naming both ways out', async () => {
    const keyId = await firstKeyId('bob')
    const answer = await client.refused(422, () =>
      client.delete(`${keysOf('bob')}/${keyId}`, { auth: admin }),
    )
    expect(answer.body.messages[0].message).toMatch(
      /only key.*Deactivate it instead, or generate another key first; or delete the buckets/,
    )
  })

  it('deletes the only key once the buckets are gone, or once there is another key', async () => {
    const keyId = await firstKeyId('bob')
    await client.put(`/__emulator/users/${demoUsers.bob.id}/buckets`, { body: { count: 0 } })
    expect((await client.delete(`${keysOf('bob')}/${keyId}`, { auth: admin })).status).toBe(202)
    await client.reset()
    await client.post(keysOf('bob'), { auth: admin })
    expect((await client.delete(`${keysOf('bob')}/${keyId}`, { auth: admin })).status).toBe(202)
  })
})

describe('request status', () => {
  const statusPath = (location: string | null) => new URL(location ?? '').pathname
  const unknownRequest = (id: string) => ({
    httpStatus: 404,
    messages: [{ errorCode: '309', message: `The request ${id} does not exist.` }],
  })

  it('answers a malformed request id with 422 and an unknown one with 404', async () => {
    await client.refused(422, () => client.get('/cloudapi/v6/requests/x/status', { auth: admin }))
    await client.refused(404, () =>
      client.get('/cloudapi/v6/requests/00000000-0000-4000-8000-000000000000/status', {
        auth: admin,
      }),
    )
  })

  it('answers the user who made the request', async () => {
    const auth = basic(demoUsers.bob.email)
    const path = statusPath((await client.post(keysOf('bob'), { auth })).headers.get('Location'))
    const answer = await client.get(path, { auth })
    expect(answer.status).toBe(200)
    expect(answer.body.metadata.targets[0].target.type).toBe('s3key')
  })

  it('answers the contract owner and an administrator about anyone’s request', async () => {
    const bob = basic(demoUsers.bob.email)
    const path = statusPath(
      (await client.post(keysOf('bob'), { auth: bob })).headers.get('Location'),
    )
    for (const name of ['owner', 'admin'] as const) {
      const answer = await client.get(path, { auth: basic(demoUsers[name].email) })
      expect(answer.status, name).toBe(200)
    }
  })

  it('answers anyone else as if the request did not exist', async () => {
    const path = statusPath(
      (await client.post(keysOf('bob'), { auth: basic(demoUsers.bob.email) })).headers.get(
        'Location',
      ),
    )
    const requestId = path.split('/')[4] ?? ''
    for (const name of ['alice', 'carol'] as const) {
      const answer = await client.refused(404, () =>
        client.get(path, { auth: basic(demoUsers[name].email) }),
      )
      expect(answer.body, name).toEqual(unknownRequest(requestId))
    }
    // A key made for bob by an administrator is the administrator's request, not bob's.
    const byAdmin = statusPath(
      (await client.post(keysOf('bob'), { auth: admin })).headers.get('Location'),
    )
    const adminRequestId = byAdmin.split('/')[4] ?? ''
    const answer = await client.refused(404, () =>
      client.get(byAdmin, { auth: basic(demoUsers.bob.email) }),
    )
    expect(answer.body).toEqual(unknownRequest(adminRequestId))
  })
})
