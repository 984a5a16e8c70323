import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoGroups, demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const owner = basic(demoUsers.owner.email)
const groups = '/cloudapi/v6/um/groups'
const membersOf = (group: keyof typeof demoGroups) => `${groups}/${demoGroups[group].id}/users`

describe('groups', () => {
  it('lists the three demo groups with their object-storage privilege', async () => {
    const answer = await client.get(`${groups}?depth=1`, { auth: owner })
    const summary = answer.body.items.map(
      (group: { properties: { name: string; s3Privilege: boolean } }) => [
        group.properties.name,
        group.properties.s3Privilege,
      ],
    )
    expect(summary).toEqual([
      ['Object Storage users', true],
      ['Developers', false],
      ['Backup operators', true],
    ])
  })

  it('shows a group’s members, expanded as depth grows', async () => {
    const group = await client.get(`${groups}/${demoGroups.objectStorageUsers.id}?depth=2`, {
      auth: owner,
    })
    const emails = group.body.entities.users.items.map(
      (user: { properties: { email: string } }) => user.properties.email,
    )
    expect(emails).toEqual(['alice@example.com', 'bob@example.com', 'dave@example.com'])
    const members = await client.get(membersOf('backupOperators'), { auth: owner })
    expect(members.body.items).toEqual([])
  })

  it('is for owners and administrators only', async () => {
    const auth = basic(demoUsers.alice.email)
    await client.refused(403, () => client.get(groups, { auth }))
    await client.refused(403, () => client.get(`${groups}/${demoGroups.developers.id}`, { auth }))
    await client.refused(403, () =>
      client.post(membersOf('backupOperators'), { auth, body: { id: demoUsers.alice.id } }),
    )
    await client.refused(403, () =>
      client.delete(`${membersOf('objectStorageUsers')}/${demoUsers.alice.id}`, { auth }),
    )
  })

  it('answers a malformed group id with 422 and an unknown one with 404', async () => {
    await client.refused(422, () => client.get(`${groups}/developers`, { auth: owner }))
    await client.refused(404, () =>
      client.get(`${groups}/00000000-0000-4000-9000-000000000000`, { auth: owner }),
    )
  })
})

describe('membership and the object-storage privilege', () => {
  it('lets carol have keys once she joins a group with s3Privilege, and not after she leaves', async () => {
    const carolKeys = `/cloudapi/v6/um/users/${demoUsers.carol.id}/s3keys`
    const added = await client.post(membersOf('backupOperators'), {
      auth: owner,
      body: { id: demoUsers.carol.id },
    })
    expect(added.status).toBe(202)
    expect(added.body).toMatchObject({ id: demoUsers.carol.id, type: 'user' })
    expect(added.headers.get('Location')).toMatch(/\/requests\/.+\/status$/)
    expect((await client.post(carolKeys, { auth: owner })).status).toBe(202)
    const removed = await client.delete(`${membersOf('backupOperators')}/${demoUsers.carol.id}`, {
      auth: owner,
    })
    expect(removed.status).toBe(202)
    expect(removed.body).toBeUndefined()
    await client.refused(422, () => client.post(carolKeys, { auth: owner }))
  })

  it.each([
    ['malformed JSON', 400, '{"id":', /not valid JSON/],
    ['a missing id', 422, '{}', /^id: /],
    ['a wrong type', 422, '{"id":5}', /^id: .*expected string/],
    [
      'a field the API does not take',
      422,
      `{"id":"${demoUsers.carol.id}","role":"admin"}`,
      /"role" is not a field this API takes/,
    ],
    ['an unknown user', 422, '{"id":"00000000-0000-4000-8000-000000000000"}', /does not exist/],
    ['a user who is already a member', 422, `{"id":"${demoUsers.alice.id}"}`, /already a member/],
  ])('refuses adding a member with %s', async (_name, status, body, message) => {
    const headers = { 'Content-Type': 'application/json' }
    const answer = await client.refused(status, () =>
      client.post(membersOf('objectStorageUsers'), { auth: owner, body, headers }),
    )
    expect(answer.body.messages[0].message).toMatch(message)
  })

  it('refuses removing someone who is not a member with 404', async () => {
    await client.refused(404, () =>
      client.delete(`${membersOf('developers')}/${demoUsers.alice.id}`, { auth: owner }),
    )
  })
})
