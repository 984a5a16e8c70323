import { z } from './zod'

export interface ApiConfig {
  readonly cloudApiUrl: string
  readonly authApiUrl: string
  /** null when the Object Storage Management API is turned off. */
  readonly objectStorageApiUrl: string | null
  /** How long a password sign-in's token lives, in seconds (IONOS's own default is a year). */
  readonly sessionTtlSeconds: number
}

/** A working day: a tab closed without signing out leaves a token that dies the same evening. */
export const DEFAULT_SESSION_TTL_SECONDS = 8 * 60 * 60

function isBaseUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//')
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
}

const BASE_URL_RULE = 'must be a path starting with "/" or an http(s) URL'

const urlText = (valid: (value: string) => boolean) =>
  z.string().check(z.trim(), z.refine(valid, BASE_URL_RULE))
// A trailing slash would double up with the paths the endpoint modules append.
const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '')

const baseUrl = z.pipe(urlText(isBaseUrl), z.transform(withoutTrailingSlash))
const baseUrlOrOff = z.pipe(
  urlText((value) => value === '' || isBaseUrl(value)),
  z.transform((value) => (value === '' ? null : withoutTrailingSlash(value))),
)

// Unset or empty means the default; else whole seconds, from a minute to IONOS's maximum (a year).
const ttlSeconds = z.pipe(
  z.string().check(z.trim(), z.regex(/^\d*$/, 'must be a whole number of seconds')),
  z.pipe(
    z.transform((value: string) => (value === '' ? DEFAULT_SESSION_TTL_SECONDS : Number(value))),
    z
      .number()
      .check(z.gte(60, 'must be at least 60'), z.lte(31_536_000, 'must be at most 31536000')),
  ),
)

const envSchema = z.object({
  VITE_CLOUD_API_URL: z._default(baseUrl, '/cloudapi/v6'),
  VITE_AUTH_API_URL: z._default(baseUrl, '/auth/v1'),
  // Empty turns the management API off; the console then works from the Cloud API alone.
  VITE_OBJECT_STORAGE_API_URL: z._default(baseUrlOrOff, '/s3-management'),
  VITE_SESSION_TTL_SECONDS: z._default(ttlSeconds, DEFAULT_SESSION_TTL_SECONDS),
})

/** Reads and validates the API base URLs and the session's length; throws one readable error naming every bad variable. */
export function parseApiConfig(env: Record<string, unknown>): ApiConfig {
  const result = z.safeParse(envSchema, env)
  if (!result.success) {
    throw new Error(`Invalid API configuration:\n${z.prettifyError(result.error)}`)
  }
  return {
    cloudApiUrl: result.data.VITE_CLOUD_API_URL,
    authApiUrl: result.data.VITE_AUTH_API_URL,
    objectStorageApiUrl: result.data.VITE_OBJECT_STORAGE_API_URL,
    sessionTtlSeconds: result.data.VITE_SESSION_TTL_SECONDS,
  }
}

export const apiConfig: ApiConfig = Object.freeze(parseApiConfig(import.meta.env))

export function isManagementApiEnabled(): boolean {
  return apiConfig.objectStorageApiUrl !== null
}
