import { describe, expect, it } from 'vitest'
import { accessKeySchema, accessKeyWithSecretSchema, regionSchema } from './access-keys'
import { contractsSchema } from './contracts'
import { groupSchema } from './groups'
import { createdUserKeySchema, userKeySchema } from './s3keys'
import { listedUserSchema, userSchema } from './users'
import { z } from './zod'

// Bodies the real API may send: nulls where the spec promises values, fields the console does
// not know, and secrets where the console must not keep them.

const SECRET = 'tFVkUARsoeCdntQs2jVSyGG6TMPfPZ+ghnsWj/gG'

describe('Cloud API schemas', () => {
  it('reads a user whose properties are null or missing', () => {
    const body = {
      id: 'u1',
      type: 'user',
      metadata: { lastLogin: null },
      properties: { firstname: null, email: 'a@b.c', s3CanonicalUserId: null, somethingNew: 1 },
    }
    expect(z.parse(userSchema, body)).toEqual({
      id: 'u1',
      firstname: '',
      lastname: '',
      email: 'a@b.c',
      administrator: false,
      forceSecAuth: false,
      secAuthActive: false,
      s3CanonicalUserId: null,
      active: false,
    })
  })

  it('reads the group ids of a listed user, or none when not expanded', () => {
    const withGroups = {
      id: 'u1',
      properties: {},
      entities: { groups: { id: 'u1/groups', items: [{ id: 'g1', type: 'group' }] } },
    }
    expect(z.parse(listedUserSchema, withGroups).groupIds).toEqual(['g1'])
    expect(z.parse(listedUserSchema, { id: 'u1', properties: {} }).groupIds).toEqual([])
  })

  it('reads a group with null privileges as without them', () => {
    const body = { id: 'g1', properties: { name: 'Ops', s3Privilege: null, createPcc: true } }
    expect(z.parse(groupSchema, body)).toEqual({ id: 'g1', name: 'Ops', s3Privilege: false })
  })

  it('strips the secret from a listed key, even with sparse metadata', () => {
    const body = { id: 'AK1', metadata: null, properties: { secretKey: SECRET, active: true } }
    const key = z.parse(userKeySchema, body)
    expect(key).toEqual({ id: 'AK1', active: true, createdDate: null })
    expect(JSON.stringify(key)).not.toContain(SECRET)
  })

  it('requires the secret in a create result', () => {
    const created = { id: 'AK1', properties: { secretKey: SECRET, active: true } }
    expect(z.parse(createdUserKeySchema, created)).toEqual({
      id: 'AK1',
      secretKey: SECRET,
      active: true,
    })
    const withoutSecret = { id: 'AK1', properties: { secretKey: '', active: true } }
    expect(z.safeParse(createdUserKeySchema, withoutSecret).success).toBe(false)
  })

  it('refuses a contract list without a contract', () => {
    expect(z.safeParse(contractsSchema, { items: [] }).success).toBe(false)
  })
})

describe('management API schemas', () => {
  const read = {
    id: 'k1',
    type: 'accesskey',
    metadata: { status: 'AVAILABLE', statusMessage: null, supportedRegions: null },
    properties: { description: null, accessKey: 'AK', secretKey: '', canonicalUserId: null },
  }

  it('reads a key with nulls and drops an empty or present secret', () => {
    const key = z.parse(accessKeySchema, read)
    expect(key).toEqual({
      id: 'k1',
      accessKey: 'AK',
      description: '',
      canonicalUserId: null,
      contractUserId: null,
      status: 'AVAILABLE',
      statusMessage: null,
      administrative: false,
      supportedRegions: [],
      createdDate: null,
    })
    const withSecret = { ...read, properties: { ...read.properties, secretKey: SECRET } }
    expect(JSON.stringify(z.parse(accessKeySchema, withSecret))).not.toContain(SECRET)
  })

  it('refuses an unknown key status', () => {
    const body = { ...read, metadata: { ...read.metadata, status: 'SLEEPING' } }
    expect(z.safeParse(accessKeySchema, body).success).toBe(false)
  })

  it('requires the secret in create and renew results', () => {
    expect(z.safeParse(accessKeyWithSecretSchema, read).success).toBe(false)
    const withSecret = { ...read, properties: { ...read.properties, secretKey: SECRET } }
    expect(z.parse(accessKeyWithSecretSchema, withSecret).secretKey).toBe(SECRET)
  })

  it('reads a region without the optional parts', () => {
    const body = { id: 'de', metadata: {}, properties: { endpoint: 's3.eu-central-1.example' } }
    expect(z.parse(regionSchema, body)).toEqual({
      id: 'de',
      endpoint: 's3.eu-central-1.example',
      website: null,
      location: '',
      storageClasses: [],
      bucketOwnership: null,
      iam: false,
      s3select: false,
    })
  })
})
