import { beforeAll, describe, expect, it } from 'vitest'
import { OpenApiValidator } from './openapi.ts'

/** The tests' spec check must itself catch answers that break the specs. */

let validator: OpenApiValidator
beforeAll(async () => {
  validator = await OpenApiValidator.load()
})

const userPath = '/cloudapi/v6/um/users/5eed0000-0000-4000-8000-000000000003'
const user = {
  id: '5eed0000-0000-4000-8000-000000000003',
  type: 'user',
  href: `http://127.0.0.1${userPath}`,
  properties: { email: 'alice@example.com', s3CanonicalUserId: null, administrator: false },
  metadata: { lastLogin: null, createdDate: '2024-01-01T00:00:00Z' },
}

describe('the OpenAPI check of the tests', () => {
  it('accepts a conforming user, with the nulls the real API sends', () => {
    expect(validator.problems({ method: 'GET', path: userPath, status: 200, body: user })).toEqual(
      [],
    )
  })

  it('refuses wrong types, unknown enum values and missing required fields', () => {
    const wrongEmail = { ...user, properties: { ...user.properties, email: 42 } }
    const wrongType = { ...user, type: 'person' }
    const noProperties = { ...user, properties: undefined }
    for (const body of [wrongEmail, wrongType, JSON.parse(JSON.stringify(noProperties))]) {
      expect(validator.problems({ method: 'GET', path: userPath, status: 200, body })).not.toEqual(
        [],
      )
    }
  })

  it('refuses nulls the real API is not known to send', () => {
    const body = { ...user, properties: { ...user.properties, email: null } }
    expect(validator.problems({ method: 'GET', path: userPath, status: 200, body })).not.toEqual([])
  })

  it('refuses a management key whose status is not in the enum', () => {
    const body = {
      id: '5eed0000-0000-4000-a000-000000000002',
      type: 'accesskey',
      href: '/accesskeys/5eed0000-0000-4000-a000-000000000002',
      metadata: { status: 'READY', supportedRegions: [] },
      properties: { description: '', accessKey: 'x', secretKey: '' },
    }
    const path = `/s3-management${body.href}`
    expect(validator.problems({ method: 'GET', path, status: 200, body })).not.toEqual([])
  })

  it('refuses a success status the spec does not document, and an error of the wrong shape', () => {
    expect(
      validator.problems({ method: 'GET', path: userPath, status: 201, body: user }),
    ).not.toEqual([])
    const badError = { httpStatus: '404', messages: 'gone' }
    expect(
      validator.problems({ method: 'GET', path: userPath, status: 404, body: badError }),
    ).not.toEqual([])
  })

  it('refuses a body where the spec documents none', () => {
    const path = `${userPath}/s3keys/abc`
    expect(validator.problems({ method: 'DELETE', path, status: 202, body: {} })).not.toEqual([])
    expect(validator.problems({ method: 'DELETE', path, status: 202, body: undefined })).toEqual([])
  })
})
