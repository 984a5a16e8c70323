import { z } from './zod'

export interface ApiMessage {
  errorCode: string
  message: string
}

/** Base of every error the API layer throws, so callers can tell them from programming errors. */
export class ApiClientError extends Error {
  override name = 'ApiClientError'
}

/** The server answered with an error status. `message` is the server's own text when it gave one. */
export class ApiError extends ApiClientError {
  override name = 'ApiError'
  readonly status: number
  readonly messages: readonly ApiMessage[]
  /** From the `Retry-After` header, in milliseconds; null when absent or unreadable. */
  readonly retryAfterMs: number | null

  /** The server's own words, when it gave any; null when `message` is the console's text. */
  readonly serverText: string | null

  constructor(status: number, messages: readonly ApiMessage[], retryAfterMs: number | null = null) {
    const texts = messages.map((m) => m.message.trim()).filter((m) => m !== '')
    const serverText = texts.length > 0 ? [...new Set(texts)].join('; ') : null
    super(serverText ?? statusText(status))
    this.status = status
    this.messages = messages
    this.retryAfterMs = retryAfterMs
    this.serverText = serverText
  }
}

/** A Cloud API request was accepted (202) but its request status ended FAILED. */
export class RequestFailedError extends ApiError {
  override name = 'RequestFailedError'
}

/** No HTTP answer at all: offline, DNS, connection refused or reset. */
export class NetworkError extends ApiClientError {
  override name = 'NetworkError'
}

/** No answer within the time limit (or a 202 that was never confirmed). */
export class TimeoutError extends ApiClientError {
  override name = 'TimeoutError'
}

/**
 * The answer did not have the shape the console relies on. The issues are kept for debugging, but
 * the response body is never put into the message: it could hold a secret key.
 */
export class SchemaError extends ApiClientError {
  override name = 'SchemaError'
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
  constructor() {
    super('The Object Storage Management API is turned off in this console.')
  }
}

const GENERIC_STATUS_TEXT: Record<number, string> = {
  400: 'The server did not accept the request.',
  401: 'Your session has expired or the credentials are not valid. Please sign in again.',
  403: 'You do not have permission to do this.',
  404: 'The item was not found. It may have been deleted.',
  409: 'The item was changed by someone else. Reload and try again.',
  422: 'The server could not process the request.',
  429: 'Too many requests. Please wait a moment and try again.',
}

function statusText(status: number): string {
  const known = GENERIC_STATUS_TEXT[status]
  if (known !== undefined) return known
  if (status >= 500) return 'The IONOS API is not available right now. Please try again later.'
  return `The server answered with HTTP status ${status}.`
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
  return isApiError(error, 422) && error.message.toLowerCase().includes(MISSING_KEY_TEXT)
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

/** The text to show a user for any error, never leaking internals of unexpected failures. */
export function userMessage(error: unknown): string {
  if (error instanceof SchemaError) {
    return 'The server sent an answer the console does not understand. Please try again later.'
  }
  if (error instanceof NetworkError) {
    return 'The IONOS API could not be reached. Check your connection and try again.'
  }
  if (error instanceof ApiClientError) return error.message
  if (isAbort(error)) return 'The request was cancelled.'
  return 'Something went wrong. Please try again.'
}

// By name, not `instanceof DOMException`: an abort reason may come from another realm.
function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  )
}
