import { describe, expect, it } from 'vitest'
import { getContract } from './contracts'
import { addUserToGroup, listGroups } from './groups'
import { demoGroups, demoUsers, setUpEmulator, signInAs } from '../testing/emulator'
import { getUser, getUserGroups, listUsers } from './users'

setUpEmulator()

const { alice, carol, owner } = demoUsers
const OBJECT_STORAGE_USERS = 'Object Storage users'

describe('listUsers', () => {
  it('returns flattened users of one page, with paging flags', async () => {
    await signInAs(owner.email)
    const page = await listUsers({ offset: 0, limit: 3, orderBy: 'email' })
    expect(page).toMatchObject({ offset: 0, limit: 3, hasNext: true, hasPrev: false })
    expect(page.items.map((user) => user.email)).toEqual([
      'admin@example.com',
      'alice@example.com',
      'bob@example.com',
    ])
    expect(page.items[1]).toEqual({
      id: alice.id,
      firstname: 'Alice',
      lastname: 'Anderson',
      email: alice.email,
      administrator: false,
      forceSecAuth: false,
      secAuthActive: false,
      s3CanonicalUserId: expect.stringMatching(/^[0-9a-f]{32}$/),
      active: true,
      groupIds: [demoGroups.objectStorageUsers.id],
    })
  })

  it('reads the last page', async () => {
    await signInAs(owner.email)
    const page = await listUsers({ offset: 6, limit: 3, orderBy: 'email' })
    expect(page).toMatchObject({ hasNext: false, hasPrev: true })
    expect(page.items.map((user) => user.email)).toEqual(['owner@example.com'])
  })

  it('filters by part of the e-mail address and ignores empty filters', async () => {
    await signInAs(owner.email)
    const page = await listUsers({ offset: 0, limit: 10, email: 'ALI', lastname: '' })
    expect(page.items.map((user) => user.email)).toEqual([alice.email])
  })

  it('reads a user without keys with a null canonical user id', async () => {
    await signInAs(owner.email)
    const page = await listUsers({ offset: 0, limit: 10, firstname: 'carol' })
    expect(page.items).toMatchObject([{ email: carol.email, s3CanonicalUserId: null }])
  })
})

describe('getUser and getUserGroups', () => {
  it('lets users read themselves', async () => {
    await signInAs(alice.email)
    await expect(getUser(alice.id)).resolves.toMatchObject({ email: alice.email })
  })

  it('lists the groups of a user with their object-storage privilege', async () => {
    await signInAs(owner.email)
    await expect(getUserGroups(alice.id)).resolves.toEqual([
      { id: expect.any(String), name: OBJECT_STORAGE_USERS, s3Privilege: true },
    ])
    await expect(getUserGroups(carol.id)).resolves.toEqual([
      { id: expect.any(String), name: 'Developers', s3Privilege: false },
    ])
  })
})

describe('groups', () => {
  it('lists groups and adds a user to one', async () => {
    await signInAs(owner.email)
    const groups = await listGroups()
    expect(groups.map((group) => group.name)).toContain(OBJECT_STORAGE_USERS)
    const target = groups.find((group) => group.name === OBJECT_STORAGE_USERS)
    await addUserToGroup(target?.id ?? '', carol.id)
    const carolsGroups = await getUserGroups(carol.id)
    expect(carolsGroups.some((group) => group.s3Privilege)).toBe(true)
  })

  it('reports adding a member twice in the server words', async () => {
    await signInAs(owner.email)
    const target = (await listGroups()).find((group) => group.name === OBJECT_STORAGE_USERS)
    await expect(addUserToGroup(target?.id ?? '', alice.id)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/already a member/),
    })
  })
})

describe('getContract', () => {
  it('works for any signed-in user', async () => {
    await signInAs(carol.email)
    await expect(getContract()).resolves.toEqual({
      contractNumber: 31415926,
      owner: owner.email,
      status: 'BILLABLE',
    })
  })
})
