import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoContractNumber, demoGroups, demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

const owner = basic(demoUsers.owner.email)
const users = '/cloudapi/v6/um/users'

describe('the user list', () => {
  it('shows every demo user with properties at depth=1', async () => {
    const answer = await client.get(`${users}?depth=1`, { auth: owner })
    expect(answer.status).toBe(200)
    const byEmail = new Map(
      answer.body.items.map((user: { properties: { email: string } }) => [
        user.properties.email,
        user,
      ]),
    )
    expect([...byEmail.keys()]).toEqual(Object.values(demoUsers).map((user) => user.email))
    expect(byEmail.get('owner@example.com')).toMatchObject({
      id: demoUsers.owner.id,
      properties: { administrator: true },
    })
    expect(byEmail.get('admin@example.com')).toMatchObject({
      properties: { administrator: true, s3CanonicalUserId: null },
    })
    expect(byEmail.get('alice@example.com')).toMatchObject({
      properties: {
        administrator: false,
        s3CanonicalUserId: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    })
    expect(byEmail.get('carol@example.com')).toMatchObject({
      properties: { s3CanonicalUserId: null },
      metadata: { lastLogin: null },
    })
    expect(byEmail.get('locked@example.com')).toMatchObject({ properties: { active: false } })
    expect(answer.body).toMatchObject({ id: 'users', type: 'collection', offset: 0, limit: 100 })
  })

  it('shows only references at depth=0 and expands entities at depth=2', async () => {
    const shallow = await client.get(users, { auth: owner })
    expect(Object.keys(shallow.body.items[0]).sort()).toEqual(['href', 'id', 'type'])
    const deep = await client.get(`${users}?depth=2&filter.email=alice`, { auth: owner })
    const [alice] = deep.body.items
    expect(alice.entities.groups.items).toEqual([
      {
        id: demoGroups.objectStorageUsers.id,
        type: 'group',
        href: `${client.url}/cloudapi/v6/um/groups/${demoGroups.objectStorageUsers.id}`,
      },
    ])
    expect(alice.entities.owns).toMatchObject({ type: 'collection', items: [] })
  })

  it('pages with offset and limit and links the neighbouring pages', async () => {
    const answer = await client.get(`${users}?offset=2&limit=2&depth=1`, { auth: owner })
    expect(answer.body.items.map((user: { id: string }) => user.id)).toEqual([
      demoUsers.alice.id,
      demoUsers.bob.id,
    ])
    expect(answer.body._links).toEqual({
      prev: `${client.url}${users}?offset=0&limit=2&depth=1`,
      self: `${client.url}${users}?offset=2&limit=2&depth=1`,
      next: `${client.url}${users}?offset=4&limit=2&depth=1`,
    })
    const last = await client.get(`${users}?offset=6&limit=2`, { auth: owner })
    expect(last.body.items).toHaveLength(1)
    expect(last.body._links.next).toBeUndefined()
  })

  it('filters by any user property, case-insensitively, and orders by a property', async () => {
    const filtered = await client.get(`${users}?depth=1&filter.email=ALI`, { auth: owner })
    expect(filtered.body.items.map((user: { id: string }) => user.id)).toEqual([demoUsers.alice.id])
    const admins = await client.get(`${users}?depth=1&filter.administrator=true&orderBy=email`, {
      auth: owner,
    })
    expect(admins.body.items.map((user: { id: string }) => user.id)).toEqual([
      demoUsers.admin.id,
      demoUsers.owner.id,
    ])
    const ordered = await client.get(`${users}?depth=1&orderBy=lastname&maxResults=3`, {
      auth: owner,
    })
    expect(
      ordered.body.items.map(
        (user: { properties: { lastname: string } }) => user.properties.lastname,
      ),
    ).toEqual(['Admin', 'Anderson', 'Brown'])
  })

  it.each([
    ['limit=0', /^limit must be/],
    ['limit=101', /^limit must be/],
    ['limit=ten', /^limit must be/],
    ['offset=-1', /^offset must be/],
    ['depth=11', /^depth must be/],
    ['filter.password=demo', /^filter.password: users have no property "password"/],
    ['orderBy=bucketCount', /^orderBy: users have no property "bucketCount"/],
  ])('refuses %s with 422 and a clear message', async (query, message) => {
    const answer = await client.refused(422, () => client.get(`${users}?${query}`, { auth: owner }))
    expect(answer.body.messages[0].message).toMatch(message)
  })

  it('is for owners and administrators only', async () => {
    expect((await client.get(users, { auth: basic(demoUsers.admin.email) })).status).toBe(200)
    const answer = await client.refused(403, () =>
      client.get(users, { auth: basic(demoUsers.alice.email) }),
    )
    expect(answer.body.messages[0].message).toMatch(/owner and administrators/)
  })
})

describe('one user', () => {
  it('lets a user read themselves and their groups', async () => {
    const auth = basic(demoUsers.carol.email)
    const self = await client.get(`${users}/${demoUsers.carol.id}`, { auth })
    expect(self.body).toMatchObject({
      id: demoUsers.carol.id,
      type: 'user',
      properties: { email: 'carol@example.com', s3CanonicalUserId: null },
    })
    const groups = await client.get(`${users}/${demoUsers.carol.id}/groups?depth=1`, { auth })
    expect(groups.body.items).toMatchObject([
      { id: demoGroups.developers.id, properties: { name: 'Developers', s3Privilege: false } },
    ])
  })

  it('refuses to show a user other users', async () => {
    const auth = basic(demoUsers.alice.email)
    await client.refused(403, () => client.get(`${users}/${demoUsers.bob.id}`, { auth }))
    await client.refused(403, () => client.get(`${users}/${demoUsers.bob.id}/groups`, { auth }))
    await client.refused(403, () =>
      client.get(`${users}/00000000-0000-4000-8000-000000000000`, { auth }),
    )
  })

  it('lets an administrator read any user', async () => {
    const answer = await client.get(`${users}/${demoUsers.bob.id}?depth=1`, {
      auth: basic(demoUsers.admin.email),
    })
    expect(answer.body.properties.email).toBe('bob@example.com')
  })

  it('answers a malformed user id with 422 and an unknown one with 404', async () => {
    await client.refused(422, () => client.get(`${users}/not-a-uuid`, { auth: owner }))
    await client.refused(404, () =>
      client.get(`${users}/00000000-0000-4000-8000-000000000000`, { auth: owner }),
    )
  })

  it('never exposes the bucket count', async () => {
    const answer = await client.get(`${users}?depth=3`, { auth: owner })
    expect(JSON.stringify(answer.body)).not.toMatch(/bucket/i)
  })

  it('gives a user a canonical user id with their first key', async () => {
    const auth = basic(demoUsers.admin.email)
    const before = await client.get(`${users}/${demoUsers.admin.id}`, { auth })
    expect(before.body.properties.s3CanonicalUserId).toBeNull()
    expect((await client.post(`${users}/${demoUsers.admin.id}/s3keys`, { auth })).status).toBe(202)
    const after = await client.get(`${users}/${demoUsers.admin.id}`, { auth })
    expect(after.body.properties.s3CanonicalUserId).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('the contract', () => {
  it('shows every signed-in user the contract number and owner', async () => {
    const answer = await client.get('/cloudapi/v6/contracts', {
      auth: basic(demoUsers.carol.email),
    })
    expect(answer.body.items).toMatchObject([
      {
        type: 'contract',
        properties: { contractNumber: demoContractNumber, owner: 'owner@example.com' },
      },
    ])
  })
})
