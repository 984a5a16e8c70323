import { describe, expect, it } from 'vitest'
import {
  backendFromEnv,
  DEFAULT_TIMEOUT_MS,
  isLoopbackHost,
  liveSettingsFromEnv,
  SettingsError,
} from './settings.ts'

const upstreamsOf = (env: NodeJS.ProcessEnv) =>
  liveSettingsFromEnv(env).upstreams.map(({ prefix, url }) => [prefix, url.href])

describe('IONOS: which backend npm start serves', () => {
  it('is the emulator when IONOS is unset, empty or "emulator", and IONOS when it is "live"', () => {
    expect(backendFromEnv({})).toBe('emulator')
    expect(backendFromEnv({ IONOS: '' })).toBe('emulator')
    expect(backendFromEnv({ IONOS: 'emulator' })).toBe('emulator')
    expect(backendFromEnv({ IONOS: 'live' })).toBe('live')
  })

  it('refuses any other value with one line that names the two it takes', () => {
    expect(() => backendFromEnv({ IONOS: 'production' })).toThrow(SettingsError)
    expect(() => backendFromEnv({ IONOS: 'Live' })).toThrow(
      'IONOS must be "live" (your IONOS account) or "emulator" (the demo data, the default), not "Live".',
    )
  })
})

describe('the upstreams of live mode', () => {
  it('are the real IONOS hosts unless overridden', () => {
    expect(upstreamsOf({})).toEqual([
      ['/cloudapi/v6', 'https://api.ionos.com/cloudapi/v6'],
      ['/auth/v1', 'https://api.ionos.com/auth/v1'],
      ['/s3-management', 'https://s3.ionos.com/'],
    ])
    expect(liveSettingsFromEnv({}).timeoutMs).toBe(DEFAULT_TIMEOUT_MS)
  })

  it('take IONOS_CLOUD_API_URL, IONOS_AUTH_API_URL and IONOS_S3_MANAGEMENT_URL, without a trailing slash', () => {
    const env = {
      IONOS_CLOUD_API_URL: 'https://127.0.0.1:8443/cloudapi/v6/',
      IONOS_AUTH_API_URL: 'https://auth.example.test/v1',
      IONOS_S3_MANAGEMENT_URL: 'https://127.0.0.1:8443/s3-management',
      IONOS_TIMEOUT_MS: '2500',
    }
    expect(upstreamsOf(env)).toEqual([
      ['/cloudapi/v6', 'https://127.0.0.1:8443/cloudapi/v6'],
      ['/auth/v1', 'https://auth.example.test/v1'],
      ['/s3-management', 'https://127.0.0.1:8443/s3-management'],
    ])
    expect(liveSettingsFromEnv(env).timeoutMs).toBe(2500)
  })

  it('refuses what is not an https URL, saying which variable and what it should look like', () => {
    expect(() => liveSettingsFromEnv({ IONOS_CLOUD_API_URL: 'api.ionos.com/cloudapi/v6' })).toThrow(
      'IONOS_CLOUD_API_URL must be an https:// URL such as https://api.ionos.com/cloudapi/v6, not "api.ionos.com/cloudapi/v6".',
    )
    // Credentials never travel in clear text.
    expect(() =>
      liveSettingsFromEnv({ IONOS_AUTH_API_URL: 'http://api.ionos.com/auth/v1' }),
    ).toThrow('IONOS_AUTH_API_URL must be an https:// URL such as https://api.ionos.com/auth/v1')
    expect(() =>
      liveSettingsFromEnv({ IONOS_S3_MANAGEMENT_URL: 'https://s3.ionos.com/?x=1' }),
    ).toThrow('without a query or fragment')
  })

  it('does not repeat a password written into a URL', () => {
    const env = { IONOS_CLOUD_API_URL: 'https://me:hunter2@api.ionos.com/cloudapi/v6' }
    expect(() => liveSettingsFromEnv(env)).toThrow(
      'IONOS_CLOUD_API_URL must not contain a user name or password.',
    )
    try {
      liveSettingsFromEnv(env)
    } catch (error) {
      expect(String(error)).not.toContain('hunter2')
    }
  })

  it('refuses a time limit that is not a whole number of milliseconds', () => {
    for (const value of ['0', '-5', '1.5', 'soon', '600001']) {
      expect(() => liveSettingsFromEnv({ IONOS_TIMEOUT_MS: value }), value).toThrow(
        `IONOS_TIMEOUT_MS must be a whole number of milliseconds from 1 to 600000, not "${value}".`,
      )
    }
  })
})

describe('isLoopbackHost', () => {
  it('knows this machine from the network', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(isLoopbackHost(host), host).toBe(true)
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'console.example.com']) {
      expect(isLoopbackHost(host), host).toBe(false)
    }
  })
})
