/**
 * The settings of `npm start`: which backend (`IONOS`), and in live mode where the three IONOS APIs
 * are and how long to wait for them. Deployment scripts and checks outside the code rely on these
 * variable names; keep them.
 */

/** A setting the server cannot start with; its message is the one line the user sees. */
export class SettingsError extends Error {
  override name = 'SettingsError'
}

export type Backend = 'emulator' | 'live'

export function backendFromEnv(env: NodeJS.ProcessEnv): Backend {
  const value = env.IONOS ?? ''
  if (value === '' || value === 'emulator') return 'emulator'
  if (value === 'live') return 'live'
  throw new SettingsError(
    `IONOS must be "live" (your IONOS account) or "emulator" (the demo data, the default), not "${value}".`,
  )
}

/** A same-origin path of the console and the IONOS API behind it. */
export interface Upstream {
  /** The path on the console's origin, e.g. `/cloudapi/v6`. */
  prefix: string
  /** The API's base URL, without a trailing slash, e.g. `https://api.ionos.com/cloudapi/v6`. */
  url: URL
}

export interface LiveSettings {
  upstreams: Upstream[]
  /** How long the proxy waits for IONOS's whole answer before it answers 504. */
  timeoutMs: number
}

export const IONOS_APIS = [
  {
    prefix: '/cloudapi/v6',
    variable: 'IONOS_CLOUD_API_URL',
    fallback: 'https://api.ionos.com/cloudapi/v6',
  },
  { prefix: '/auth/v1', variable: 'IONOS_AUTH_API_URL', fallback: 'https://api.ionos.com/auth/v1' },
  {
    prefix: '/s3-management',
    variable: 'IONOS_S3_MANAGEMENT_URL',
    fallback: 'https://s3.ionos.com',
  },
] as const

/** The proxy's default limit, as nginx's `proxy_read_timeout` in deploy/ionos-proxy.conf. */
export const DEFAULT_TIMEOUT_MS = 30_000

export function liveSettingsFromEnv(env: NodeJS.ProcessEnv): LiveSettings {
  return {
    upstreams: IONOS_APIS.map(({ prefix, variable, fallback }) => ({
      prefix,
      url: upstreamUrl(variable, env[variable], fallback),
    })),
    timeoutMs: timeoutFromEnv(env.IONOS_TIMEOUT_MS),
  }
}

function upstreamUrl(variable: string, value: string | undefined, fallback: string): URL {
  const text = value?.trim() || fallback
  const expected = `${variable} must be an https:// URL such as ${fallback}`
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new SettingsError(`${expected}, not "${text}".`)
  }
  // The console sends the user's IONOS credentials there: never in clear text.
  if (url.protocol !== 'https:') throw new SettingsError(`${expected}, not "${text}".`)
  // Not echoed: the value holds a password.
  if (url.username || url.password) {
    throw new SettingsError(`${variable} must not contain a user name or password.`)
  }
  if (url.search || url.hash) {
    throw new SettingsError(`${expected}, without a query or fragment, not "${text}".`)
  }
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

function timeoutFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_TIMEOUT_MS
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 600_000) {
    throw new SettingsError(
      `IONOS_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000, not "${value}".`,
    )
  }
  return parsed
}

/** Whether `host` (HOST) is this machine only, so that no one else can use the proxy. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare)
}
