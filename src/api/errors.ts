import { z } from './zod'

export interface ApiMessage {
  errorCode: string
  message: string
}

/**
 * What went wrong, as data. The console's words for each kind live in one catalog
 * (`src/lib/i18n/errors`), in every language; nothing in `src/api` writes a sentence for a user.
 */
export type ErrorKind =
  | { type: 'network' }
  | { type: 'timeout'; seconds: number }
  /** IONOS accepted a change (202) but never confirmed it. */
  | { type: 'unconfirmed' }
  | { type: 'schema' }
  | { type: 'status'; status: number }
  /** The request status of an accepted change ended FAILED. */
  | { type: 'request-failed' }
  | { type: 'management-disabled' }
  | { type: 'token-expired' }
  | { type: 'token-invalid' }

/**
 * Base of every error the API layer throws, so callers can tell them from programming errors.
 * `message` is for developers (logs, test output); users read `kind` through the catalog.
 */
export abstract class ApiClientError extends Error {
  override name = 'ApiClientError'
  abstract readonly kind: ErrorKind
}

/** The server answered with an error status; `serverText` holds its own words, if any. */
export class ApiError extends ApiClientError {
  override name = 'ApiError'
  readonly status: number
  readonly messages: readonly ApiMessage[]
  /** From the `Retry-After` header, in milliseconds; null when absent or unreadable. */
  readonly retryAfterMs: number | null
  /** The server's own words, when it gave any (IONOS's in live use, in English). */
  readonly serverText: string | null

  constructor(status: number, messages: readonly ApiMessage[], retryAfterMs: number | null = null) {
    const texts = messages.map((m) => m.message.trim()).filter((m) => m !== '')
    const serverText = texts.length > 0 ? [...new Set(texts)].join('; ') : null
    super(serverText ?? `HTTP ${status}`)
    this.status = status
    this.messages = messages
    this.retryAfterMs = retryAfterMs
    this.serverText = serverText
  }

  get kind(): ErrorKind {
    return { type: 'status', status: this.status }
  }
}

/** A Cloud API request was accepted (202) but its request status ended FAILED. */
export class RequestFailedError extends ApiError {
  override name = 'RequestFailedError'
  override get kind(): ErrorKind {
    return { type: 'request-failed' }
  }
}

/** No HTTP answer at all: offline, DNS, connection refused or reset. */
export class NetworkError extends ApiClientError {
  override name = 'NetworkError'
  readonly kind: ErrorKind = { type: 'network' }
}

/** No answer within the time limit, or (`timeoutMs` null) a 202 that was never confirmed. */
export class TimeoutError extends ApiClientError {
  override name = 'TimeoutError'
  readonly kind: ErrorKind

  constructor(timeoutMs: number | null) {
    super(
      timeoutMs === null
        ? 'Accepted (202) but never confirmed'
        : `No answer within ${timeoutMs} ms`,
    )
    this.kind =
      timeoutMs === null
        ? { type: 'unconfirmed' }
        : { type: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 }
  }
}

/**
 * The answer did not have the shape the console relies on. The issues are kept for debugging, but
 * the response body is never put into the message: it could hold a secret key.
 */
export class SchemaError extends ApiClientError {
  override name = 'SchemaError'
  readonly kind: ErrorKind = { type: 'schema' }
  readonly issues: readonly z.core.$ZodIssue[]

  constructor(where: string, issues: readonly z.core.$ZodIssue[]) {
    const fields = [...new Set(issues.map((issue) => issue.path.join('.') || '(root)'))]
    super(`Unexpected response from ${where} (fields: ${fields.slice(0, 5).join(', ')})`)
    this.issues = issues
  }
}

/** The Object Storage Management API is turned off by configuration. */
export class ManagementApiDisabledError extends ApiClientError {
  override name = 'ManagementApiDisabledError'
  readonly kind: ErrorKind = { type: 'management-disabled' }
  constructor() {
    super('Object Storage Management API turned off by configuration')
  }
}

/** The token in use has expired (its `exp` claim is past), found before any request is sent. */
export class TokenExpiredError extends ApiClientError {
  override name = 'TokenExpiredError'
  readonly kind: ErrorKind = { type: 'token-expired' }
  constructor() {
    super('Token expired')
  }
}

const messageSchema = z.object({
  errorCode: z.pipe(
    z.nullish(z.union([z.string(), z.number()])),
    z.transform((code) => (code == null ? '' : String(code))),
  ),
  message: z.pipe(
    z.nullish(z.string()),
    z.transform((message) => message ?? ''),
  ),
})

// IONOS APIs send `{ httpStatus, messages: [{ errorCode, message }] }`; gateways in front of them
// answer with `{ message }` or something that is not JSON at all (an HTML 502 page).
const errorBodySchema = z.union([
  z.object({ messages: z.array(messageSchema) }),
  z.pipe(
    messageSchema,
    z.transform((m) => ({ messages: m.message === '' ? [] : [m] })),
  ),
])

/** The messages an error body carries; [] when it carries none that can be read. */
export function messagesFromBody(bodyText: string): ApiMessage[] {
  let json: unknown
  try {
    json = JSON.parse(bodyText)
  } catch {
    return []
  }
  const result = z.safeParse(errorBodySchema, json)
  return result.success ? result.data.messages : []
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

// The Cloud API answers 422 instead of 404 for a missing S3 key (see the API reference, §1.2).
const MISSING_KEY_TEXT = 'access key cannot be found'

/** True when the thing acted on no longer exists, whichever way the API says so. */
export function isNotFoundError(error: unknown): boolean {
  if (isApiError(error, 404)) return true
  return isApiError(error, 422) && (error.serverText ?? '').toLowerCase().includes(MISSING_KEY_TEXT)
}

/**
 * Whether a change that failed may still have been made, so the user must look before trying
 * again: no answer came (a lost connection, a timeout, a 202 never confirmed), or a server error
 * other than 503 (a gateway answers 500, 502 or 504 also after IONOS has acted). 429 and 503 turn
 * a request away before it is carried out; other 4xx and a FAILED request status are refusals.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true
  if (!(error instanceof ApiError) || error instanceof RequestFailedError) return false
  return error.status >= 500 && error.status !== 503
}
