import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The error body every IONOS API sends: `{ httpStatus, messages: [{ errorCode, message }] }`. */
export interface IonosErrorBody {
  httpStatus: number
  messages: { errorCode: string; message: string }[]
}

/**
 * Error codes. Only `315` (401 Unauthorized) and `200` (a 422) appear in public IONOS material;
 * the others are the emulator's own choice, one per rule, so that a client can tell them apart.
 */
export const errorCodes = {
  badRequest: '100',
  unsupportedMediaType: '110',
  payloadTooLarge: '120',
  validation: '200',
  keyLimitReached: '201',
  objectStoragePrivilegeMissing: '202',
  onlyKeyWithBuckets: '203',
  keyNotFound: '204',
  alreadyMember: '205',
  conflict: '206',
  notFound: '309',
  unauthorized: '315',
  accountLocked: '316',
  forbidden: '317',
  internal: '500',
} as const

/** A refusal that the error handler turns into an IONOS error response. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  readonly errorCode: string

  constructor(status: ContentfulStatusCode, errorCode: string, message: string) {
    super(message)
    this.status = status
    this.errorCode = errorCode
  }
}

export function ionosErrorBody(status: number, errorCode: string, message: string): IonosErrorBody {
  return { httpStatus: status, messages: [{ errorCode, message }] }
}

export function errorResponse(c: Context, error: ApiError): Response {
  return c.json(ionosErrorBody(error.status, error.errorCode, error.message), error.status)
}

export const badRequest = (message: string) => new ApiError(400, errorCodes.badRequest, message)
export const unprocessable = (message: string, code: string = errorCodes.validation) =>
  new ApiError(422, code, message)
export const unauthorized = () => new ApiError(401, errorCodes.unauthorized, 'Unauthorized')
export const forbidden = (message: string) => new ApiError(403, errorCodes.forbidden, message)
export const conflict = (message: string) => new ApiError(409, errorCodes.conflict, message)
export const notFound = (message = 'Resource does not exist') =>
  new ApiError(404, errorCodes.notFound, message)
