import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoGroups, demoUsers } from '../seed.ts'
import { basic, startClient, type EmulatorClient } from '../test/client.ts'

/**
 * `filter.<property>` and `orderBy` on every list of both APIs. A property name is looked up
 * among the list's own properties only: names that plain objects inherit (`__proto__`,
 * `constructor`, `toString`…) are unknown like any other, never a 500 or a silent 200.
 */

let client: EmulatorClient
let close: () => Promise<void>
let token: string

beforeAll(async () => {
  ;({ client, close } = await startClient())
  token = await client.signIn(demoUsers.dave.email)
})
afterAll(() => close())

const owner = basic(demoUsers.owner.email)

const cloudLists = [
  '/cloudapi/v6/um/users',
  `/cloudapi/v6/um/users/${demoUsers.alice.id}/groups`,
  '/cloudapi/v6/um/groups',
  `/cloudapi/v6/um/groups/${demoGroups.objectStorageUsers.id}/users`,
  `/cloudapi/v6/um/users/${demoUsers.dave.id}/s3keys`,
  '/cloudapi/v6/contracts',
]
const managementLists = ['/s3-management/accesskeys', '/s3-management/regions']

const inheritedNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
]
const hostileQueries = [
  ...inheritedNames.map((name) => `orderBy=${name}`),
  ...inheritedNames.map((name) => `filter.${name}=x`),
  'orderBy=',
  'filter.=x',
  'orderBy=%00',
  'filter.%E2%80%AE=x',
]

const names = (
  answer: { body: { items: { properties: Record<string, unknown> }[] } },
  field: string,
) => answer.body.items.map((item) => item.properties[field])

describe('hostile property names', () => {
  it.each(cloudLists)('are unknown properties on the Cloud API list %s (422)', async (path) => {
    for (const query of hostileQueries) {
      const answer = await client.get(`${path}?depth=1&${query}`, { auth: owner })
      expect(answer.status, query).toBe(422)
      expect(answer.body.messages[0], query).toMatchObject({
        errorCode: '200',
        message: expect.stringMatching(/^(filter\.|orderBy)[^:]*: .* no property ".*"/s),
      })
    }
  })

  it.each(managementLists)('are refused on the management API list %s (400)', async (path) => {
    for (const query of hostileQueries) {
      const answer = await client.get(`${path}?${query}`, { auth: token })
      expect(answer.status, query).toBe(400)
      expect(answer.body.messages[0].message, query).toMatch(/^(filter\.|orderBy)/)
    }
  })
})

describe('filters and order on every Cloud API list', () => {
  it('filters and orders the groups by name and by a privilege', async () => {
    const groups = '/cloudapi/v6/um/groups?depth=1'
    const ordered = await client.get(`${groups}&orderBy=name`, { auth: owner })
    expect(names(ordered, 'name')).toEqual([
      'Backup operators',
      'Developers',
      'Object Storage users',
    ])
    const storage = await client.get(`${groups}&filter.s3Privilege=true&orderBy=name`, {
      auth: owner,
    })
    expect(names(storage, 'name')).toEqual(['Backup operators', 'Object Storage users'])
  })

  it('filters a group’s members and a user’s groups', async () => {
    const members = await client.get(
      `/cloudapi/v6/um/groups/${demoGroups.objectStorageUsers.id}/users?depth=1&filter.email=BOB`,
      { auth: owner },
    )
    expect(names(members, 'email')).toEqual([demoUsers.bob.email])
    const groups = await client.get(
      `/cloudapi/v6/um/users/${demoUsers.carol.id}/groups?depth=1&filter.name=storage`,
      { auth: owner },
    )
    expect(groups.body.items).toEqual([])
  })

  it('filters a user’s keys by their state and limits them with maxResults', async () => {
    const keys = `/cloudapi/v6/um/users/${demoUsers.dave.id}/s3keys?depth=1`
    const inactive = await client.get(`${keys}&filter.active=false`, { auth: owner })
    expect(names(inactive, 'active')).toEqual([false])
    const two = await client.get(`${keys}&maxResults=2`, { auth: owner })
    expect(two.body.items).toHaveLength(2)
  })

  it('filters the contracts', async () => {
    const billable = await client.get('/cloudapi/v6/contracts?filter.status=billable', {
      auth: owner,
    })
    expect(billable.body.items).toHaveLength(1)
    const none = await client.get('/cloudapi/v6/contracts?filter.owner=nobody', { auth: owner })
    expect(none.body.items).toEqual([])
  })

  it('names the properties a list has when one is unknown', async () => {
    const answer = await client.get('/cloudapi/v6/um/groups?orderBy=email', { auth: owner })
    expect(answer.status).toBe(422)
    expect(answer.body.messages[0].message).toMatch(
      /^orderBy: groups have no property "email"; use one of name, createDataCenter, /,
    )
  })
})

describe('filters on the management API', () => {
  it('takes only filter.accesskeyId on the keys and nothing on the regions', async () => {
    const description = await client.get('/s3-management/accesskeys?filter.description=x', {
      auth: token,
    })
    expect(description.status).toBe(400)
    expect(description.body.messages[0].message).toMatch(
      /^filter\.description: access keys have no property "description"; use accesskeyId\./,
    )
    const ordered = await client.get('/s3-management/accesskeys?orderBy=accesskeyId', {
      auth: token,
    })
    expect(ordered.status).toBe(400)
    expect(ordered.body.messages[0].message).toMatch(/^orderBy: access keys cannot be ordered/)
    const regions = await client.get('/s3-management/regions?filter.id=de', { auth: token })
    expect(regions.status).toBe(400)
    expect(regions.body.messages[0].message).toMatch(/^filter\.id: regions cannot be filtered/)
  })
})
