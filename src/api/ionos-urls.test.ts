import { describe, expect, it } from 'vitest'
import { createUserKey } from './s3keys'
import { demoUsers, rawGet, setUpEmulator, signInAs } from '../testing/emulator'
import { listUsers } from './users'
import { z } from './zod'

// The real APIs name their own hosts in what they send (`Location`, `href`, `_links`), and behind
// the same-origin proxy those are other origins, which the browser would block (and which would
// get the token). This emulator names https://api.ionos.com as the real one does.
const emulator = setUpEmulator({ publicOrigin: 'https://api.ionos.com' })
const { alice, owner } = demoUsers

describe('absolute IONOS URLs in answers', () => {
  it('polls the request status of a new key on its own origin, whatever host the Location names', async () => {
    const token = await signInAs(alice.email)
    const answer = await fetch(
      `${window.location.origin}/cloudapi/v6/um/users/${alice.id}/s3keys`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      },
    )
    expect(answer.headers.get('Location')).toMatch(
      /^https:\/\/api\.ionos\.com\/cloudapi\/v6\/requests\/[0-9a-f-]+\/status$/,
    )

    const before = emulator.requestCount()
    // Resolves only once a poll has read DONE: https://api.ionos.com is not reachable from here.
    const key = await createUserKey(alice.id)
    expect(key.secretKey).not.toBe('')
    // The POST and at least one poll of its status reached this origin.
    expect(emulator.requestCount() - before).toBeGreaterThanOrEqual(2)
  })

  it('pages through users by offset on its own origin, not by the absolute _links', async () => {
    const token = await signInAs(owner.email)
    const raw = z.parse(
      z.object({ _links: z.object({ next: z.string() }) }),
      await rawGet('/cloudapi/v6/um/users?offset=0&limit=2', token),
    )
    expect(raw._links.next).toMatch(/^https:\/\/api\.ionos\.com\/cloudapi\/v6\/um\/users\?/)

    const first = await listUsers({ offset: 0, limit: 2 })
    expect(first.hasNext).toBe(true)
    const second = await listUsers({ offset: 2, limit: 2 })
    expect(second.items.map((user) => user.id)).not.toEqual(first.items.map((user) => user.id))
    expect(second.hasPrev).toBe(true)
  })
})
