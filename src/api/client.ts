import { apiConfig } from './config'
import {
  ApiError,
  ManagementApiDisabledError,
  SchemaError,
  isApiError,
  messagesFromBody,
} from './errors'
import { send, sleep, type HttpResponse } from './http'
import { noteRateLimit } from './rate-limit'
import { requestStatusPath, requestStatusSchema, waitForRequest } from './request-status'
import { parseRetryAfter, retryDelayMs, shouldRetry } from './retry'
import { getAuthToken } from './session-token'
import { reauthenticate } from './unauthorized'
import { z } from './zod'

export { MAX_TRIES, retryDelayMs, shouldRetry } from './retry'
export { setUnauthorizedHandler } from './unauthorized'

export type ApiName = 'cloud' | 'auth' | 'management'
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type RequestAuth = 'bearer' | 'none' | { basic: { username: string; password: string } }

export interface RequestOptions {
  api: ApiName
  method?: HttpMethod
  /** Appended to the API's base URL, e.g. `/um/users`. Ids must already be encoded. */
  path: string
  query?: Record<string, string | number | boolean | null | undefined>
  body?: unknown
  timeoutMs?: number
  auth?: RequestAuth
  signal?: AbortSignal
  /** Cloud API only: after a 202, wait until the request status is DONE (default true). */
  followRequestStatus?: boolean
  /** Offer a 401 to the unauthorized handler (default true; bearer requests only). */
  reauthenticate?: boolean
}

export const DEFAULT_TIMEOUT_MS = 15_000

/** Parses the JSON answer with `schema` and returns the result; without a schema returns nothing. */
export async function request<T>(
  options: RequestOptions & { schema: z.core.$ZodType<T> },
): Promise<T>
export async function request(options: RequestOptions & { schema?: undefined }): Promise<void>
export async function request(
  options: RequestOptions & { schema?: z.core.$ZodType },
): Promise<unknown> {
  const response = await sendWithReauth(options)
  const data = options.schema ? parseBody(options, options.schema, response.text) : undefined
  if (response.status === 202 && options.api === 'cloud' && options.followRequestStatus !== false) {
    const path = requestStatusPath(response.headers.get('Location') ?? '')
    if (path !== null) {
      const { signal } = options
      const poll = () => request({ api: 'cloud', path, schema: requestStatusSchema, signal })
      await waitForRequest(poll, response.status, signal)
    }
  }
  return data
}

async function sendWithReauth(options: RequestOptions): Promise<HttpResponse> {
  const tokenUsed = getAuthToken()
  try {
    return await sendWithRetries(options)
  } catch (error) {
    const offered = (options.auth ?? 'bearer') === 'bearer' && options.reauthenticate !== false
    if (!offered || !isApiError(error, 401) || !(await reauthenticate(tokenUsed))) throw error
    return await sendWithRetries(options)
  }
}

async function sendWithRetries(options: RequestOptions): Promise<HttpResponse> {
  const method = options.method ?? 'GET'
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendOnce(options, method)
    } catch (error) {
      if (!shouldRetry(method, error, attempt)) throw error
      await sleep(retryDelayMs(error, attempt), options.signal)
    }
  }
}

async function sendOnce(options: RequestOptions, method: HttpMethod): Promise<HttpResponse> {
  const headers = new Headers({ Accept: 'application/json' })
  const authorization = authorizationHeader(options.auth ?? 'bearer')
  if (authorization !== null) headers.set('Authorization', authorization)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  const init: RequestInit = {
    method,
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    // Cloud API GETs carry secret keys; keep them out of the browser's HTTP cache.
    cache: 'no-store',
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const response = await send(buildUrl(options), init, timeoutMs, options.signal)
  if (options.api === 'cloud') noteRateLimit(response.headers)
  if (response.status >= 400) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'))
    throw new ApiError(response.status, messagesFromBody(response.text), retryAfter)
  }
  return response
}

function authorizationHeader(auth: RequestAuth): string | null {
  if (auth === 'none') return null
  if (auth === 'bearer') {
    const token = getAuthToken()
    return token === null ? null : `Bearer ${token}`
  }
  const bytes = new TextEncoder().encode(`${auth.basic.username}:${auth.basic.password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

function baseUrl(api: ApiName): string {
  if (api === 'cloud') return apiConfig.cloudApiUrl
  if (api === 'auth') return apiConfig.authApiUrl
  if (apiConfig.objectStorageApiUrl === null) throw new ManagementApiDisabledError()
  return apiConfig.objectStorageApiUrl
}

// Relative bases (`/cloudapi/v6`) are resolved against the page, i.e. the same-origin proxy.
function buildUrl(options: RequestOptions): string {
  const url = new URL(baseUrl(options.api) + options.path, window.location.origin)
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value))
  }
  return url.href
}

function parseBody<T>(options: RequestOptions, schema: z.core.$ZodType<T>, text: string): T {
  const where = `${options.method ?? 'GET'} ${options.path}`
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    throw new SchemaError(where, [{ code: 'custom', path: [], message: 'The body is not JSON' }])
  }
  const result = z.safeParse(schema, json)
  if (!result.success) throw new SchemaError(where, result.error.issues)
  return result.data
}
