import { isNotFoundError, isOutcomeUnknown, SchemaError } from '../../api/errors'
import { deleteUserKey, listUserKeys } from '../../api/s3keys'

/**
 * A create's answer was lost or unreadable, and the list, read again, holds these keys that were
 * not there before: one click may have made several (a browser resends a POST by itself when a
 * reused connection drops). Their secrets are lost; the user is offered to delete them.
 */
export class KeysCreatedUnseenError extends Error {
  override name = 'KeysCreatedUnseenError'
  readonly accessKeys: readonly string[]

  constructor(accessKeys: readonly string[], cause: unknown) {
    super(`${accessKeys.length} keys were created, but no secret came back`, { cause })
    this.accessKeys = accessKeys
  }
}

/** A create's answer was lost or unreadable, and the list, read again, shows no new key. */
export class NoKeyCreatedError extends Error {
  override name = 'NoKeyCreatedError'
  constructor(cause: unknown) {
    super('No key was created', { cause })
  }
}

/** No answer, a gateway's error, or a success (a 201) whose body the console cannot read. */
function isAnswerUncertain(error: unknown): boolean {
  return isOutcomeUnknown(error) || error instanceof SchemaError
}

async function keyIds(userId: string): Promise<string[]> {
  return (await listUserKeys(userId)).map((key) => key.id)
}

/**
 * Runs `create` (never retried) between two reads of the user's keys, so that a failure can be
 * replaced by what really happened on the server. Not only an uncertain answer (none, a gateway's
 * error, a success the console cannot read): a refusal may be the answer to the browser's own
 * resend of a POST whose first answer was lost (the five-key limit, reached by the resends).
 */
export async function createAccountedFor<T>(userId: string, create: () => Promise<T>): Promise<T> {
  // A list that cannot be read (e.g. the privilege not applied yet) does not stop the create; the
  // console can then only say what the answer said, as when the list cannot be read afterwards.
  const known = await keyIds(userId).catch(() => null)
  try {
    return await create()
  } catch (error) {
    const after = known && (await keyIds(userId).catch(() => null))
    if (!known || !after) throw error
    const before = new Set(known)
    const created = after.filter((id) => !before.has(id))
    if (created.length > 0) throw new KeysCreatedUnseenError(created, error)
    throw isAnswerUncertain(error) ? new NoKeyCreatedError(error) : error
  }
}

/** Deletes the keys whose secrets were lost; a key already gone counts as deleted. */
export async function deleteUnseenKeys(userId: string, accessKeys: readonly string[]) {
  for (const accessKey of accessKeys) {
    try {
      await deleteUserKey(userId, accessKey)
    } catch (error) {
      if (!isNotFoundError(error)) throw error
    }
  }
}
