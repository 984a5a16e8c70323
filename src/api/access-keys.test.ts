import { describe, expect, it, vi } from 'vitest'
import {
  createAccessKey,
  deleteAccessKey,
  isManagementApiEnabled,
  listAccessKeys,
  listRegions,
  renewAccessKey,
  updateAccessKeyDescription,
} from './access-keys'
import { ManagementApiDisabledError, isNotFoundError } from './errors'
import { control, demoKeys, demoUsers, rawGet, setUpEmulator, signInAs } from '../testing/emulator'
import { z } from './zod'

setUpEmulator()

const { alice, bob, carol, dave } = demoUsers
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('listAccessKeys', () => {
  it("lists the caller's own keys, flattened, without any secret", async () => {
    await signInAs(alice.email)
    const keys = await listAccessKeys()
    expect(keys.map((key) => key.id).sort()).toEqual(
      [demoKeys.aliceDescribed, demoKeys.aliceRecent].sort(),
    )
    expect(keys.find((key) => key.id === demoKeys.aliceDescribed)).toEqual({
      id: demoKeys.aliceDescribed,
      accessKey: expect.stringMatching(/^\S{92}$/),
      description: 'Website assets',
      status: 'AVAILABLE',
      statusMessage: null,
      administrative: false,
      supportedRegions: expect.arrayContaining(['de', 'eu-central-3']),
      canonicalUserId: expect.stringMatching(/^[0-9a-f]{32}$/),
      contractUserId: `31415926:${alice.id}`,
      createdDate: '2024-06-03T08:15:00Z',
    })
    expect(JSON.stringify(keys)).not.toContain('secretKey')
  })

  it('shows a legacy key with the user-owned regions only', async () => {
    await signInAs(dave.email)
    const legacy = (await listAccessKeys()).find((key) => key.id === demoKeys.daveLegacy)
    expect(legacy?.accessKey).toMatch(/^[0-9a-f]{20}$/)
    expect(legacy?.supportedRegions).not.toContain('eu-central-3')
  })

  it('needs a bearer token', async () => {
    await expect(listAccessKeys()).rejects.toMatchObject({ status: 401 })
  })
})

describe('createAccessKey and renewAccessKey', () => {
  it('returns the new key with its secret, provisioning at first', async () => {
    await signInAs(bob.email)
    const created = await createAccessKey('CI pipeline')
    expect(created).toMatchObject({
      id: expect.stringMatching(UUID),
      description: 'CI pipeline',
      secretKey: expect.stringMatching(/^.{40}$/),
      status: expect.stringMatching(/^(PROVISIONING|AVAILABLE)$/),
    })
    const listed = (await listAccessKeys()).find((key) => key.id === created.id)
    expect(listed).toMatchObject({ description: 'CI pipeline' })
    expect(listed).not.toHaveProperty('secretKey')
  })

  it('refuses a key for a user without the object-storage privilege', async () => {
    await signInAs(carol.email)
    await expect(createAccessKey('x')).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/ACCESS_S3_OBJECT_STORAGE/),
    })
  })

  it('replaces the secret on renew', async () => {
    const token = await signInAs(bob.email)
    const before = await renewAccessKey(demoKeys.bobOnly)
    const after = await renewAccessKey(demoKeys.bobOnly)
    expect(after.secretKey).not.toBe(before.secretKey)
    expect(after.accessKey).toBe(before.accessKey)
    const raw = z.parse(
      z.object({ properties: z.object({ secretKey: z.string() }) }),
      await rawGet(`/s3-management/accesskeys/${demoKeys.bobOnly}`, token),
    )
    expect(raw.properties.secretKey).not.toBe(after.secretKey)
  })
})

describe('updateAccessKeyDescription and deleteAccessKey', () => {
  it('changes the description', async () => {
    await signInAs(alice.email)
    const updated = await updateAccessKeyDescription(demoKeys.aliceRecent, 'Nightly backups')
    expect(updated).toMatchObject({ id: demoKeys.aliceRecent, description: 'Nightly backups' })
    expect(updated).not.toHaveProperty('secretKey')
  })

  it("treats someone else's key as not found", async () => {
    await signInAs(alice.email)
    const error = await updateAccessKeyDescription(demoKeys.bobOnly, 'mine now').catch(
      (caught: unknown) => caught,
    )
    expect(isNotFoundError(error)).toBe(true)
  })

  it('does not bring back a key that was just deleted, and reports it as not found', async () => {
    await signInAs(alice.email)
    await deleteAccessKey(demoKeys.aliceRecent)
    await expect.poll(async () => (await listAccessKeys()).length).toBe(1)
    const error = await updateAccessKeyDescription(demoKeys.aliceRecent, 'back?').catch(
      (caught: unknown) => caught,
    )
    expect(isNotFoundError(error)).toBe(true)
    expect((await listAccessKeys()).map((key) => key.id)).toEqual([demoKeys.aliceDescribed])
  })

  it('reports a key that is being deleted as not found, and leaves it DESTROYING', async () => {
    await signInAs(alice.email)
    await deleteAccessKey(demoKeys.aliceRecent)
    const error = await updateAccessKeyDescription(demoKeys.aliceRecent, 'x').catch(
      (caught: unknown) => caught,
    )
    expect(isNotFoundError(error)).toBe(true)
  })

  it('deletes a key, but not the only one of a user with buckets', async () => {
    await signInAs(bob.email)
    await expect(deleteAccessKey(demoKeys.bobOnly)).rejects.toMatchObject({ status: 422 })
    await control('PUT', `/users/${bob.id}/buckets`, { count: 0 })
    await deleteAccessKey(demoKeys.bobOnly)
    // IONOS removes a key asynchronously: it is DESTROYING first, then gone.
    expect(await listAccessKeys()).toEqual([expect.objectContaining({ status: 'DESTROYING' })])
    await expect.poll(() => listAccessKeys()).toEqual([])
  })
})

describe('listRegions', () => {
  it('lists the regions with their endpoints as given', async () => {
    await signInAs(alice.email)
    const regions = await listRegions()
    expect(regions.find((region) => region.id === 'eu-central-3')).toEqual({
      id: 'eu-central-3',
      endpoint: 's3.eu-central-3.ionoscloud.com',
      website: expect.any(String),
      location: 'de/txl',
      storageClasses: ['standard', 'standardInfrequentAccess'],
      bucketOwnership: 'contract-owned',
      iam: true,
      s3select: false,
    })
  })
})

describe('when the management API is turned off', () => {
  it('refuses every call with a typed error, before any request', async () => {
    expect(isManagementApiEnabled()).toBe(true)
    vi.stubEnv('VITE_OBJECT_STORAGE_API_URL', '')
    vi.resetModules()
    try {
      const fresh = await import('./access-keys')
      const errors = await import('./errors')
      expect(fresh.isManagementApiEnabled()).toBe(false)
      await expect(fresh.listAccessKeys()).rejects.toBeInstanceOf(errors.ManagementApiDisabledError)
      await expect(fresh.createAccessKey('x')).rejects.toBeInstanceOf(
        errors.ManagementApiDisabledError,
      )
    } finally {
      vi.unstubAllEnvs()
      vi.resetModules()
    }
    expect(new ManagementApiDisabledError().message).toMatch(/turned off/)
  })
})
