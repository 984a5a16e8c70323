import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoGroups, demoKeys, demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

/**
 * What the live IONOS APIs do that hurts their users (issue 21; each with its public source in
 * emulator/README.md, "Behaviours of the live service").
 */

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const keys = '/s3-management/accesskeys'
const owner = basic(demoUsers.owner.email)
const cloudKeysOf = (name: keyof typeof demoUsers) =>
  `/cloudapi/v6/um/users/${demoUsers[name].id}/s3keys`
const signIn = (name: keyof typeof demoUsers) => client.signIn(demoUsers[name].email)
const settings = (body: object) => client.put('/__emulator/settings', { body })
const statusOf = async (location: string | null) =>
  (await client.get(new URL(location ?? '').pathname, { auth: owner })).body.metadata

describe('privilege propagation', () => {
  const addCarolToStorageGroup = () =>
    client.post(`/cloudapi/v6/um/groups/${demoGroups.objectStorageUsers.id}/users`, {
      auth: owner,
      body: { id: demoUsers.carol.id },
    })

  it('refuses keys for a while after the user joins a group with the privilege, then makes them', async () => {
    expect((await settings({ privilegeMs: 1500 })).body).toMatchObject({ privilegeMs: 1500 })
    expect((await addCarolToStorageGroup()).status).toBe(202)
    const refused = await client.refused(422, () =>
      client.post(cloudKeysOf('carol'), { auth: owner }),
    )
    expect(refused.body.messages[0].message).toBe(
      'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
    )
    const carol = await signIn('carol')
    await client.refused(422, () =>
      client.post(keys, { auth: carol, body: { properties: { description: 'x' } } }),
    )
    await expect
      .poll(async () => (await client.post(cloudKeysOf('carol'), { auth: owner })).status, {
        timeout: 5000,
        interval: 200,
      })
      .toBe(202)
    expect((await client.get(cloudKeysOf('carol'), { auth: owner })).body.items).toHaveLength(1)
  })

  it('keeps the privilege for a while after the user leaves the group', async () => {
    await settings({ privilegeMs: 60_000 })
    const bobsGroup = `/cloudapi/v6/um/groups/${demoGroups.objectStorageUsers.id}/users`
    await client.delete(`${bobsGroup}/${demoUsers.bob.id}`, { auth: owner })
    expect((await client.post(cloudKeysOf('bob'), { auth: owner })).status).toBe(202)
  })

  it('applies a group change at once when the delay is 0, as in tests', async () => {
    expect((await client.get('/__emulator/settings')).body.privilegeMs).toBe(0)
    await addCarolToStorageGroup()
    expect((await client.post(cloudKeysOf('carol'), { auth: owner })).status).toBe(202)
  })

  it('takes only whole milliseconds up to ten minutes as settings, and a reset restores them', async () => {
    await client.refused(422, () => settings({ privilegeMs: -1 }))
    await client.refused(422, () => settings({ destroyingMs: 600_001 }))
    await client.refused(422, () => settings({ somethingElse: 1 }))
    await settings({ privilegeMs: 7000 })
    await client.reset()
    expect((await client.get('/__emulator/settings')).body).toEqual({
      provisioningMs: 50,
      privilegeMs: 0,
      destroyingMs: 50,
    })
  })
})

describe('key life cycle states', () => {
  it('shows a deleted key as DESTROYING, unchangeable, and then it is gone', async () => {
    await settings({ destroyingMs: 1000 })
    const auth = await signIn('alice')
    expect((await client.delete(`${keys}/${demoKeys.aliceRecent}`, { auth })).status).toBe(202)
    const listed = (await client.get(keys, { auth })).body.items
    expect(listed.map((key: { metadata: { status: string } }) => key.metadata.status)).toEqual([
      'AVAILABLE',
      'DESTROYING',
    ])
    await client.refused(404, () => client.put(`${keys}/${demoKeys.aliceRecent}/renew`, { auth }))
    await client.refused(404, () => client.delete(`${keys}/${demoKeys.aliceRecent}`, { auth }))
    await client.refused(409, () =>
      client.put(`${keys}/${demoKeys.aliceRecent}`, {
        auth,
        body: { properties: { description: 'x' } },
      }),
    )
    const accessKey = listed[1].properties.accessKey
    await client.refused(422, () =>
      client.put(`${cloudKeysOf('alice')}/${accessKey}`, {
        auth: owner,
        body: { properties: { active: false } },
      }),
    )
    await expect
      .poll(async () => (await client.get(keys, { auth })).body.items.length, { timeout: 4000 })
      .toBe(1)
    await client.refused(404, () => client.get(`${keys}/${demoKeys.aliceRecent}`, { auth }))
  })

  it('runs a Cloud API delete until the key is gone, and a DESTROYING key is not counted', async () => {
    await settings({ destroyingMs: 800 })
    const dave = await signIn('dave')
    const cloudKey = (await client.get(`${keys}/${demoKeys.dave3}`, { auth: dave })).body
    const answer = await client.delete(`${cloudKeysOf('dave')}/${cloudKey.properties.accessKey}`, {
      auth: owner,
    })
    expect((await statusOf(answer.headers.get('Location'))).status).toBe('RUNNING')
    // Five keys, one of them leaving: a sixth may be made at once.
    const sixth = await client.post(keys, { auth: dave, body: { properties: { description: '' } } })
    expect(sixth.status).toBe(201)
    await expect
      .poll(async () => (await statusOf(answer.headers.get('Location'))).status)
      .toBe('DONE')
    await client.refused(404, () => client.get(`${keys}/${demoKeys.dave3}`, { auth: dave }))
  })

  it('ends the next created key FAILED with its message when a test asks; it can be deleted', async () => {
    const control = await client.put('/__emulator/next-key-failure', {
      body: { statusMessage: 'Provisioning failed in the backend.' },
    })
    expect(control.status).toBe(200)
    const auth = await signIn('alice')
    const created = await client.post(keys, { auth, body: { properties: { description: 'f' } } })
    expect(created.body.metadata).toMatchObject({ status: 'PROVISIONING', statusMessage: null })
    const read = () => client.get(`${keys}/${created.body.id}`, { auth })
    await expect.poll(async () => (await read()).body.metadata.status).toBe('FAILED')
    expect((await read()).body.metadata.statusMessage).toBe('Provisioning failed in the backend.')
    // Only the next key: the one after it provisions as usual.
    const next = await client.post(keys, { auth, body: { properties: { description: 'g' } } })
    await expect
      .poll(
        async () => (await client.get(`${keys}/${next.body.id}`, { auth })).body.metadata.status,
      )
      .toBe('AVAILABLE')
    expect((await client.delete(`${keys}/${created.body.id}`, { auth })).status).toBe(202)
  })

  it('ends the Cloud API request of a failing key FAILED with the message', async () => {
    await client.put('/__emulator/next-key-failure', { body: { statusMessage: 'No capacity.' } })
    const answer = await client.post(cloudKeysOf('bob'), { auth: owner })
    expect(answer.status).toBe(202)
    const location = answer.headers.get('Location')
    await expect.poll(async () => (await statusOf(location)).status).toBe('FAILED')
    expect((await statusOf(location)).message).toBe('No capacity.')
  })

  it('refuses a malformed next-key-failure and keeps nothing of it', async () => {
    await client.refused(422, () =>
      client.put('/__emulator/next-key-failure', { body: { statusMessage: '' } }),
    )
    const created = await client.post(keys, {
      auth: await signIn('bob'),
      body: { properties: { description: '' } },
    })
    expect(created.body.metadata.statusMessage).toBeNull()
  })
})

describe('the ensure PUT', () => {
  const fresh = '0b0e0000-0000-4000-8000-00000000e051'

  it('creates a key under an unknown UUID with 201 and its secret', async () => {
    const auth = await signIn('bob')
    const answer = await client.put(`${keys}/${fresh}`, {
      auth,
      body: { properties: { description: 'ensured' } },
    })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ id: fresh, properties: { description: 'ensured' } })
    expect(answer.body.properties.secretKey).toHaveLength(40)
    expect((await client.get(keys, { auth })).body.items).toHaveLength(2)
  })

  it('answers 409 for a UUID that belongs to another user, and changes nothing', async () => {
    const auth = await signIn('alice')
    const answer = await client.refused(409, () =>
      client.put(`${keys}/${demoKeys.bobOnly}`, {
        auth,
        body: { properties: { description: 'mine now' } },
      }),
    )
    expect(answer.body.messages[0].message).toMatch(/already in use/)
  })

  it('still needs the privilege and keeps the limit of five', async () => {
    const body = { properties: { description: '' } }
    const carol = await signIn('carol')
    await client.refused(422, () => client.put(`${keys}/${fresh}`, { auth: carol, body }))
    const dave = await signIn('dave')
    const answer = await client.refused(422, () =>
      client.put(`${keys}/${fresh}`, { auth: dave, body }),
    )
    expect(answer.body.messages[0].message).toMatch(/maximum of five keys/)
  })
})

describe('nulls the live API sends', () => {
  it('answers null canonicalUserId and contractUserId while a new key provisions', async () => {
    await settings({ provisioningMs: 600 })
    const auth = await signIn('bob')
    const created = await client.post(keys, { auth, body: { properties: { description: '' } } })
    expect(created.body.properties).toMatchObject({ canonicalUserId: null, contractUserId: null })
    const read = () => client.get(`${keys}/${created.body.id}`, { auth })
    expect((await read()).body.properties.canonicalUserId).toBeNull()
    await expect.poll(async () => (await read()).body.metadata.status).toBe('AVAILABLE')
    expect((await read()).body.properties).toMatchObject({
      canonicalUserId: expect.stringMatching(/^[0-9a-f]{32}$/),
      contractUserId: `31415926:${demoUsers.bob.id}`,
    })
  })
})

describe('not-found as 422 on the Cloud API', () => {
  it('answers an unknown S3 key with 422 "cannot be found", not 404', async () => {
    const answer = await client.refused(422, () =>
      client.get(`${cloudKeysOf('alice')}/no-such-key`, { auth: owner }),
    )
    expect(answer.body.messages[0].message).toBe(
      'The access key cannot be found, please double-check the key id and try again.',
    )
  })
})
