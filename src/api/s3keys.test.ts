import { describe, expect, it } from 'vitest'
import { createUserKey, deleteUserKey, listUserKeys, setUserKeyActive } from './s3keys'
import { control, demoUsers, rawGet, setUpEmulator, signInAs } from '../testing/emulator'
import { z } from './zod'

setUpEmulator()

const { alice, bob, carol, dave, owner } = demoUsers

const rawKeysSchema = z.object({
  items: z.array(z.object({ id: z.string(), properties: z.object({ secretKey: z.string() }) })),
})

describe('listUserKeys', () => {
  it('lists id, state and creation date, and strips the secret the API sends', async () => {
    const token = await signInAs(owner.email)
    const raw = z.parse(
      rawKeysSchema,
      await rawGet(`/cloudapi/v6/um/users/${alice.id}/s3keys?depth=1`, token),
    )
    const keys = await listUserKeys(alice.id)
    expect(keys).toHaveLength(2)
    expect(keys[0]).toEqual({
      id: raw.items[0]?.id,
      active: true,
      createdDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    const serialised = JSON.stringify(keys)
    for (const item of raw.items) expect(serialised).not.toContain(item.properties.secretKey)
    expect(serialised).not.toContain('secretKey')
  })

  it('lets users list their own keys but not those of others', async () => {
    await signInAs(bob.email)
    await expect(listUserKeys(bob.id)).resolves.toHaveLength(1)
    await expect(listUserKeys(alice.id)).rejects.toMatchObject({ status: 403 })
  })
})

describe('createUserKey', () => {
  it('returns the new key with its secret, once the request is done', async () => {
    await signInAs(owner.email)
    const created = await createUserKey(bob.id)
    expect(created).toEqual({ id: expect.any(String), secretKey: expect.any(String), active: true })
    const keys = await listUserKeys(bob.id)
    expect(keys.map((key) => key.id)).toContain(created.id)
  })

  it('refuses a sixth key with the reason', async () => {
    await signInAs(owner.email)
    await expect(createUserKey(dave.id)).rejects.toMatchObject({
      status: 422,
      messages: [{ errorCode: '201' }],
      message: expect.stringMatching(/maximum of five keys/),
    })
  })

  it('refuses a key for a user without the object-storage privilege', async () => {
    await signInAs(owner.email)
    await expect(createUserKey(carol.id)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/ACCESS_S3_OBJECT_STORAGE/),
    })
  })
})

describe('setUserKeyActive and deleteUserKey', () => {
  it('deactivates and reactivates a key', async () => {
    await signInAs(owner.email)
    const [key] = await listUserKeys(bob.id)
    const id = key?.id ?? ''
    await expect(setUserKeyActive(bob.id, id, false)).resolves.toMatchObject({ id, active: false })
    expect(await listUserKeys(bob.id)).toMatchObject([{ id, active: false }])
    await expect(setUserKeyActive(bob.id, id, true)).resolves.toMatchObject({ active: true })
  })

  it('refuses to delete the only key of a user with buckets', async () => {
    await signInAs(owner.email)
    const [key] = await listUserKeys(bob.id)
    await expect(deleteUserKey(bob.id, key?.id ?? '')).rejects.toMatchObject({
      status: 422,
      messages: [{ errorCode: '203' }],
    })
  })

  it('deletes the only key once the buckets are gone', async () => {
    await signInAs(owner.email)
    await control('PUT', `/users/${bob.id}/buckets`, { count: 0 })
    const [key] = await listUserKeys(bob.id)
    await deleteUserKey(bob.id, key?.id ?? '')
    await expect(listUserKeys(bob.id)).resolves.toEqual([])
  })
})
