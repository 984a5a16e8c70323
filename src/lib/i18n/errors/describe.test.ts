import { describe, expect, it } from 'vitest'
import { InvalidTokenError } from '../../../api/auth'
import {
  ApiError,
  ManagementApiDisabledError,
  NetworkError,
  RequestFailedError,
  SchemaError,
  TimeoutError,
  TokenExpiredError,
} from '../../../api/errors'
import { LOCALES } from '../catalog'
import { describeError } from './describe'
import { errorMessages } from './messages'

const failures: [string, unknown][] = [
  ['a dropped connection', new NetworkError('down')],
  ['a timeout', new TimeoutError(15_000)],
  ['a change never confirmed', new TimeoutError(null)],
  ['an answer of the wrong shape', new SchemaError('GET /um/users', [])],
  ['a failed request status', new RequestFailedError(202, [])],
  ['the management API turned off', new ManagementApiDisabledError()],
  ['an expired token', new TokenExpiredError()],
  ['a token that is not one', new InvalidTokenError()],
  ...[400, 401, 403, 404, 409, 418, 422, 429, 500, 503].map((status): [string, unknown] => [
    `HTTP ${status}`,
    new ApiError(status, []),
  ]),
  ['a cancelled request', new DOMException('aborted', 'AbortError')],
  ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
]

const englishTexts = Object.values(errorMessages.en)

describe('the reasons of failures', () => {
  it.each(failures)('tells %s in every language, in its own words', (_name, error) => {
    const english = describeError(error, 'en')
    const german = describeError(error, 'de')
    expect(english).not.toBe('')
    expect(german).not.toBe('')
    expect(german).not.toBe(english)
    // No English sentence of the console's is left in the German text.
    for (const text of englishTexts) {
      const sentence = text.split('{')[0]?.trim() ?? ''
      if (sentence.length > 8) expect(german).not.toContain(sentence)
    }
  })

  it('names the HTTP status, so support can be asked about it', () => {
    expect(describeError(new ApiError(503, []), 'de')).toBe(
      'Die IONOS-API ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut. (HTTP 503)',
    )
    expect(describeError(new ApiError(418, []), 'en')).toBe(
      'The server answered with an error. (HTTP 418)',
    )
  })

  it('gives the time limit in the number format of the language', () => {
    expect(describeError(new TimeoutError(2_500), 'de')).toBe(
      'Die IONOS-API hat nicht innerhalb von 2,5 Sekunden geantwortet.',
    )
    expect(describeError(new TimeoutError(15_000), 'en')).toBe(
      'The IONOS API did not answer within 15 seconds.',
    )
  })

  it("quotes the server's own words as its words, in either language", () => {
    const refusal = new ApiError(422, [{ errorCode: '203', message: 'Delete the buckets first' }])
    expect(describeError(refusal, 'en')).toBe('The server answered: “Delete the buckets first”')
    expect(describeError(refusal, 'de')).toBe('Der Server antwortete: „Delete the buckets first“')
    const failed = new RequestFailedError(202, [{ errorCode: '', message: 'Quota exceeded' }])
    expect(describeError(failed, 'de')).toBe('Der Server antwortete: „Quota exceeded“')
  })

  it('never shows the details of an unexpected failure', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    for (const locale of LOCALES) expect(describeError(bug, locale)).not.toMatch(/undefined/)
    expect(describeError('boom', 'en')).toBe('Something went wrong. Please try again.')
  })
})
