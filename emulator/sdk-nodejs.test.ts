import {
  Configuration,
  ContractResourcesApi,
  RequestsApi,
  UserManagementApi,
  UserS3KeysApi,
} from '@ionos-cloud/sdk-nodejs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoGroups, demoPassword, demoUsers } from './seed.ts'
import { startTestEmulator, type TestEmulator } from './testing.ts'

/**
 * IONOS's official Node SDK (`@ionos-cloud/sdk-nodejs`, Cloud API v6) against the emulator, on
 * every Cloud API call the console makes (src/api: users, groups, user S3 keys, request status,
 * contracts). The SDK parses the answers into its models and throws on anything it refuses.
 */

let emulator: TestEmulator
beforeAll(async () => (emulator = await startTestEmulator()))
afterAll(() => emulator.close())
beforeEach(async () => {
  const reset = await fetch(`${emulator.url}/__emulator/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  })
  expect(reset.status).toBe(204)
})

function sdk(email = demoUsers.owner.email) {
  const configuration = new Configuration({
    username: email,
    password: demoPassword,
    basePath: `${emulator.url}/cloudapi/v6`,
  })
  return {
    users: new UserManagementApi(configuration),
    keys: new UserS3KeysApi(configuration),
    requests: new RequestsApi(configuration),
    contracts: new ContractResourcesApi(configuration),
  }
}

const requestId = (location: string | undefined) =>
  /\/requests\/([^/]+)\/status/.exec(location ?? '')?.[1] ?? ''

// The SDK waits a second before every request (its back-off starts at 2^0 s), so calls are slow.
describe('the official Node SDK against the emulator', { timeout: 30_000 }, () => {
  it('lists users a page at a time, filtered and ordered, with their groups (depth 2)', async () => {
    const { users } = sdk()
    const filters = new Map([['email', 'example.com']])
    const page = await users.umUsersGet({
      depth: 2,
      offset: 1,
      limit: 2,
      orderBy: 'email',
      filters,
    })
    expect(page.data.items?.map((user) => user.properties?.email)).toEqual([
      'alice@example.com',
      'bob@example.com',
    ])
    expect(page.data._links?.next).toBeTruthy()
    const alice = page.data.items?.[0]
    expect(alice?.entities?.groups?.items?.map((group) => group.id)).toContain(
      demoGroups.objectStorageUsers.id,
    )
  })

  it('reads a user, their groups and all groups', async () => {
    const { users } = sdk()
    const carol = await users.umUsersFindById({ userId: demoUsers.carol.id, depth: 1 })
    expect(carol.data.properties?.s3CanonicalUserId).toBeNull()
    const groups = await users.umUsersGroupsGet({ userId: demoUsers.alice.id, depth: 1 })
    expect(groups.data.items?.map((group) => group.properties?.name)).toEqual([
      'Object Storage users',
    ])
    const all = await users.umGroupsGet({ depth: 1 })
    expect(
      all.data.items?.find((g) => g.id === demoGroups.developers.id)?.properties,
    ).toMatchObject({ name: 'Developers', s3Privilege: false })
  })

  it('adds a user to a group and follows the request to DONE', async () => {
    const { users, requests } = sdk()
    const added = await users.umGroupsUsersPost({
      groupId: demoGroups.objectStorageUsers.id,
      user: { id: demoUsers.carol.id },
    })
    expect(added.status).toBe(202)
    const status = await requests.requestsStatusGet({
      requestId: requestId(added.headers.location),
    })
    expect(status.data.metadata?.status).toBe('DONE')
  })

  it('creates, lists, switches off and deletes a user S3 key', async () => {
    const { keys, requests } = sdk()
    const userId = demoUsers.bob.id
    const created = await keys.umUsersS3keysPost({ userId })
    expect(created.data.properties?.secretKey).toHaveLength(40)
    const keyId = created.data.id ?? ''
    const listed = await keys.umUsersS3keysGet({ userId, depth: 1 })
    expect(listed.data.items?.map((key) => key.id)).toContain(keyId)
    const off = await keys.umUsersS3keysPut({
      userId,
      keyId,
      s3Key: { properties: { active: false } },
    })
    expect(off.data.properties?.active).toBe(false)
    const read = await keys.umUsersS3keysFindByKeyId({ userId, keyId })
    expect(read.data.properties?.active).toBe(false)
    const deleted = await keys.umUsersS3keysDelete({ userId, keyId })
    expect(deleted.status).toBe(202)
    await expect
      .poll(
        async () => {
          const id = requestId(deleted.headers.location)
          return (await requests.requestsStatusGet({ requestId: id })).data.metadata?.status
        },
        { timeout: 10_000 },
      )
      .toBe('DONE')
  })

  it('reads the contract', async () => {
    const contracts = await sdk().contracts.contractsGet({ depth: 1 })
    expect(contracts.data.items?.[0]?.properties?.contractNumber).toBe(31415926)
  })

  it('surfaces the 422 of an unknown key as the SDK error with IONOS’s message', async () => {
    const failure = await sdk()
      .keys.umUsersS3keysFindByKeyId({ userId: demoUsers.alice.id, keyId: 'no-such-key' })
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({
      response: {
        status: 422,
        data: { messages: [{ message: expect.stringMatching(/access key cannot be found/) }] },
      },
    })
  })
})
