import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, SchemaError, TimeoutError } from './errors'
import { MAX_RETRY_DELAY_MS, parseRetryAfter, retryDelayMs, shouldRetry } from './retry'

const apiError = (status: number, retryAfterMs: number | null = null) =>
  new ApiError(status, [], retryAfterMs)

describe('shouldRetry', () => {
  it.each([429, 502, 503, 504])('retries %i for GET, PUT and DELETE', (status) => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect(shouldRetry(method, apiError(status), 1)).toBe(true)
    }
  })

  it('never retries a POST, whatever went wrong', () => {
    for (const error of [apiError(503), apiError(429), new NetworkError('down')]) {
      expect(shouldRetry('POST', error, 1)).toBe(false)
    }
  })

  it.each([400, 401, 403, 404, 409, 422, 500])('does not retry %i', (status) => {
    expect(shouldRetry('GET', apiError(status), 1)).toBe(false)
  })

  it('stops after the third try', () => {
    expect(shouldRetry('GET', apiError(503), 2)).toBe(true)
    expect(shouldRetry('GET', apiError(503), 3)).toBe(false)
  })

  it('retries network failures of idempotent requests but not timeouts or bad answers', () => {
    expect(shouldRetry('DELETE', new NetworkError('reset'), 1)).toBe(true)
    expect(shouldRetry('GET', new TimeoutError(15_000), 1)).toBe(false)
    expect(shouldRetry('GET', new SchemaError('GET /x', []), 1)).toBe(false)
    expect(shouldRetry('GET', new Error('bug'), 1)).toBe(false)
  })

  it('gives up when the server asks for a longer wait than the cap', () => {
    expect(shouldRetry('GET', apiError(429, MAX_RETRY_DELAY_MS), 1)).toBe(true)
    expect(shouldRetry('GET', apiError(429, MAX_RETRY_DELAY_MS + 1), 1)).toBe(false)
  })

  it('accepts methods in lower case', () => {
    expect(shouldRetry('get', apiError(502), 1)).toBe(true)
  })
})

describe('retryDelayMs', () => {
  it('waits exactly as long as Retry-After says', () => {
    expect(retryDelayMs(apiError(429, 2000), 1, () => 0.99)).toBe(2000)
    expect(retryDelayMs(apiError(503, 0), 2)).toBe(0)
  })

  it('backs off exponentially with jitter between half and the full delay', () => {
    expect(retryDelayMs(apiError(503), 1, () => 0)).toBe(150)
    expect(retryDelayMs(apiError(503), 1, () => 1)).toBe(300)
    expect(retryDelayMs(apiError(503), 2, () => 0)).toBe(300)
    expect(retryDelayMs(apiError(503), 2, () => 1)).toBe(600)
    expect(retryDelayMs(new NetworkError('x'), 3, () => 0.5)).toBe(900)
  })

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(apiError(503), 20, () => 1)).toBe(MAX_RETRY_DELAY_MS)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0)
  })

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('')).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
    expect(parseRetryAfter('-1')).toBeNull()
  })
})
