import { describe, expect, it } from 'vitest'
import {
  ApiClientError,
  ApiError,
  NetworkError,
  RequestFailedError,
  SchemaError,
  TimeoutError,
  isApiError,
  isNotFoundError,
  isOutcomeUnknown,
  messagesFromBody,
  TokenExpiredError,
  ManagementApiDisabledError,
} from './errors'

const ionosBody = (...messages: { errorCode: string; message: string }[]) =>
  JSON.stringify({ httpStatus: 422, messages })

describe('messagesFromBody', () => {
  it('reads the IONOS error body', () => {
    const body = ionosBody({ errorCode: '201', message: 'A maximum of five keys per user' })
    expect(messagesFromBody(body)).toEqual([
      { errorCode: '201', message: 'A maximum of five keys per user' },
    ])
  })

  it('tolerates numeric codes, nulls and missing fields', () => {
    const body = JSON.stringify({ messages: [{ errorCode: 315, message: null }, { message: 'x' }] })
    expect(messagesFromBody(body)).toEqual([
      { errorCode: '315', message: '' },
      { errorCode: '', message: 'x' },
    ])
  })

  it('reads the `{ message }` body a gateway sends', () => {
    expect(messagesFromBody('{"message":"API rate limit exceeded"}')).toEqual([
      { errorCode: '', message: 'API rate limit exceeded' },
    ])
  })

  it.each(['', '<html><body>502 Bad Gateway</body></html>', 'null', '[]', '{"messages":"no"}'])(
    'finds no messages in %j',
    (body) => expect(messagesFromBody(body)).toEqual([]),
  )
})

describe('ApiError', () => {
  it("shows the server's messages when it gave any", () => {
    const error = new ApiError(422, [
      { errorCode: '202', message: 'The user needs to be part of a group' },
      { errorCode: '200', message: 'Second problem' },
    ])
    expect(error.message).toBe('The user needs to be part of a group; Second problem')
    expect(error.serverText).toBe(error.message)
    expect(error).toBeInstanceOf(ApiClientError)
    expect(error.status).toBe(422)
  })

  it('keeps its status as its kind, and no words of its own when the server gave none', () => {
    const error = new ApiError(418, [{ errorCode: '1', message: '  ' }])
    expect(error.kind).toEqual({ type: 'status', status: 418 })
    // The console's text is never passed off as the server's words.
    expect(error.serverText).toBeNull()
  })
})

describe('isApiError and isNotFoundError', () => {
  it('matches API errors, optionally by status', () => {
    const error = new ApiError(404, [])
    expect(isApiError(error)).toBe(true)
    expect(isApiError(error, 404)).toBe(true)
    expect(isApiError(error, 401)).toBe(false)
    expect(isApiError(new NetworkError('down'))).toBe(false)
  })

  it("treats the Cloud API's 422 for a missing key as not found", () => {
    const missing = new ApiError(422, [
      {
        errorCode: '204',
        message: 'The access key cannot be found, please double-check the key id and try again.',
      },
    ])
    expect(isNotFoundError(missing)).toBe(true)
    expect(isNotFoundError(new ApiError(404, []))).toBe(true)
    expect(isNotFoundError(new ApiError(422, []))).toBe(false)
  })
})

describe('isOutcomeUnknown', () => {
  it('says a change may have been made when no answer came or a gateway error did', () => {
    for (const error of [
      new NetworkError('down'),
      new TimeoutError(15_000),
      new TimeoutError(null),
      new ApiError(500, []),
      new ApiError(502, []),
      new ApiError(504, []),
    ]) {
      expect(isOutcomeUnknown(error), error.message).toBe(true)
    }
  })

  it('says a change was not made when the server turned it away or refused it', () => {
    for (const error of [
      new ApiError(429, []),
      new ApiError(503, []),
      new ApiError(422, []),
      new ApiError(404, []),
      new RequestFailedError(202, []),
      new Error('bug'),
    ]) {
      expect(isOutcomeUnknown(error), error.message).toBe(false)
    }
  })
})

describe('the kind of each failure', () => {
  it('says what went wrong as data, for the catalog to put into words', () => {
    expect(new NetworkError('down').kind).toEqual({ type: 'network' })
    expect(new TimeoutError(15_000).kind).toEqual({ type: 'timeout', seconds: 15 })
    expect(new TimeoutError(null).kind).toEqual({ type: 'unconfirmed' })
    expect(new SchemaError('GET /um/users', []).kind).toEqual({ type: 'schema' })
    expect(new RequestFailedError(202, []).kind).toEqual({ type: 'request-failed' })
    expect(new ManagementApiDisabledError().kind).toEqual({ type: 'management-disabled' })
    expect(new TokenExpiredError().kind).toEqual({ type: 'token-expired' })
  })
})

describe('SchemaError', () => {
  it('names the fields but never the values of the response', () => {
    const error = new SchemaError('GET /um/users/u1/s3keys', [
      {
        code: 'invalid_type',
        expected: 'boolean',
        path: ['items', 0, 'properties', 'active'],
        message: 'Invalid input',
        input: 'tFVkUARsoeCdntQs2jVSyGG6TMPfPZ+ghnsWj/gG',
      },
    ])
    expect(error.message).toContain('items.0.properties.active')
    expect(error.message).not.toContain('tFVkUARsoeCdntQs2jVSyGG6TMPfPZ')
    expect(error.issues).toHaveLength(1)
  })
})
