import { request } from './client'
import { collection, flag, text } from './schema-helpers'
import { z } from './zod'

export const groupSchema = z.pipe(
  z.object({
    id: z.string(),
    properties: z.object({ name: text, s3Privilege: flag }),
  }),
  z.transform(({ id, properties }) => ({ id, ...properties })),
)
export type Group = z.infer<typeof groupSchema>

export const groupListSchema = z.pipe(
  collection(groupSchema),
  z.transform(({ items }) => items),
)

export function listGroups(signal?: AbortSignal): Promise<Group[]> {
  return request({
    api: 'cloud',
    path: '/um/groups',
    query: { depth: 1 },
    schema: groupListSchema,
    signal,
  })
}

/** Adds a user to a group and waits until the Cloud API has applied it. */
export async function addUserToGroup(groupId: string, userId: string): Promise<void> {
  await request({
    api: 'cloud',
    method: 'POST',
    path: `/um/groups/${encodeURIComponent(groupId)}/users`,
    body: { id: userId },
  })
}

/** Removes a user from a group and waits until the Cloud API has applied it. */
export async function removeUserFromGroup(groupId: string, userId: string): Promise<void> {
  await request({
    api: 'cloud',
    method: 'DELETE',
    path: `/um/groups/${encodeURIComponent(groupId)}/users/${encodeURIComponent(userId)}`,
  })
}
