import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/errors'
import { PRIVILEGE_WAIT_MS, retryWhilePrivilegeApplies, type PrivilegePhase } from './retry'

const notApplied = () =>
  new ApiError(422, [
    {
      errorCode: '202',
      message: 'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
    },
  ])

/** Hooks that record the phases the wait goes through. */
function hooks(signal = new AbortController().signal) {
  const phases: PrivilegePhase[] = []
  return { phases, hooks: { signal, onPhase: (phase: PrivilegePhase) => phases.push(phase) } }
}

describe('retryWhilePrivilegeApplies', () => {
  it('tries again on the privilege 422 until the create succeeds, saying it waits', async () => {
    let tries = 0
    const { phases, hooks: wait } = hooks()
    const created = await retryWhilePrivilegeApplies(async () => {
      tries += 1
      if (tries < 2) throw notApplied()
      return 'key'
    }, wait)
    expect(created).toBe('key')
    expect(tries).toBe(2)
    expect(phases).toEqual(['waiting', 'trying', 'idle'])
  })

  it.each([
    ['the key limit', new ApiError(422, [{ errorCode: '201', message: 'A maximum of five keys' }])],
    ['a server error, which may have made the key', new ApiError(502, [])],
  ])('never tries again after %s', async (_name, error) => {
    let tries = 0
    const attempt = retryWhilePrivilegeApplies(async () => {
      tries += 1
      throw error
    }, hooks().hooks)
    await expect(attempt).rejects.toBe(error)
    expect(tries).toBe(1)
  })

  it('gives up with the refusal once a minute has passed', async () => {
    let clock = 0
    let tries = 0
    const attempt = retryWhilePrivilegeApplies(
      async () => {
        tries += 1
        clock += PRIVILEGE_WAIT_MS / 2
        throw notApplied()
      },
      hooks().hooks,
      () => clock,
    )
    await expect(attempt).rejects.toMatchObject({ status: 422 })
    expect(tries).toBe(2)
  })

  it('stops waiting when cancelled, without another try', async () => {
    const controller = new AbortController()
    let tries = 0
    const { hooks: wait } = hooks(controller.signal)
    const attempt = retryWhilePrivilegeApplies(async () => {
      tries += 1
      controller.abort()
      throw notApplied()
    }, wait)
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' })
    expect(tries).toBe(1)
  })
})
