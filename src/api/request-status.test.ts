import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RequestFailedError, TimeoutError, isApiError } from './errors'
import { requestStatusPath, waitForRequest, type RequestStatus } from './request-status'

// The emulator finishes every request with DONE, so FAILED and "never ends" are driven here
// with a scripted poll function and fake timers.

const status = (value: string, message: string | null = null): RequestStatus => ({
  metadata: { status: value, message },
})

function scripted(...answers: RequestStatus[]) {
  return vi.fn(async () => answers.shift() ?? status('RUNNING'))
}

describe('requestStatusPath', () => {
  it.each([
    'https://api.ionos.com/cloudapi/v6/requests/15f67991-0f51/status',
    'http://127.0.0.1:4010/cloudapi/v6/requests/15f67991-0f51/status',
    '/cloudapi/v6/requests/15f67991-0f51/status?depth=1',
  ])('takes only the request id from %s', (location) => {
    expect(requestStatusPath(location)).toBe('/requests/15f67991-0f51/status')
  })

  it('ignores a Location that is not a request status', () => {
    expect(requestStatusPath('https://api.ionos.com/cloudapi/v6/um/users/1')).toBeNull()
    expect(requestStatusPath('')).toBeNull()
  })
})

describe('waitForRequest', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('resolves once the status is DONE, polling at growing intervals', async () => {
    const poll = scripted(status('QUEUED'), status('RUNNING'), status('DONE'))
    const done = waitForRequest(poll, 202)
    await vi.advanceTimersByTimeAsync(149)
    expect(poll).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(poll).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(225 + 338)
    await expect(done).resolves.toBeUndefined()
    expect(poll).toHaveBeenCalledTimes(3)
  })

  it("throws the status message when the request FAILED, as the server's words", async () => {
    const poll = scripted(status('RUNNING'), status('FAILED', 'Quota for S3 keys exceeded'))
    const failed = waitForRequest(poll, 202).catch((error: unknown) => error)
    await vi.runAllTimersAsync()
    const error = await failed
    expect(error).toBeInstanceOf(RequestFailedError)
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({ message: 'Quota for S3 keys exceeded', status: 202 })
  })

  it('gives up with a TimeoutError when the request never ends', async () => {
    const poll = scripted()
    const pending = waitForRequest(poll, 202).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(await pending).toBeInstanceOf(TimeoutError)
    expect(poll).toHaveBeenCalledTimes(30)
  })

  it('stops polling when the caller aborts', async () => {
    const poll = scripted()
    const controller = new AbortController()
    const pending = waitForRequest(poll, 202, controller.signal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(400)
    controller.abort()
    expect(await pending).toMatchObject({ name: 'AbortError' })
    const calls = poll.mock.calls.length
    await vi.advanceTimersByTimeAsync(10_000)
    expect(poll).toHaveBeenCalledTimes(calls)
  })
})
