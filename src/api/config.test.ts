import { describe, expect, it } from 'vitest'
import { parseApiConfig } from './config'

describe('parseApiConfig', () => {
  it('uses the same-origin proxy paths when nothing is configured', () => {
    expect(parseApiConfig({})).toEqual({
      cloudApiUrl: '/cloudapi/v6',
      authApiUrl: '/auth/v1',
      objectStorageApiUrl: '/s3-management',
      sessionTtlSeconds: 28_800,
    })
  })

  it('accepts absolute http(s) URLs and drops trailing slashes', () => {
    const config = parseApiConfig({
      VITE_CLOUD_API_URL: 'https://api.example.com/cloudapi/v6/',
      VITE_AUTH_API_URL: ' /auth/v1 ',
      VITE_OBJECT_STORAGE_API_URL: 'http://localhost:9000',
    })
    expect(config).toEqual({
      cloudApiUrl: 'https://api.example.com/cloudapi/v6',
      authApiUrl: '/auth/v1',
      objectStorageApiUrl: 'http://localhost:9000',
      sessionTtlSeconds: 28_800,
    })
  })

  it('turns the management API off when its URL is empty', () => {
    expect(parseApiConfig({ VITE_OBJECT_STORAGE_API_URL: '' }).objectStorageApiUrl).toBeNull()
  })

  it('ignores the other variables Vite puts into import.meta.env', () => {
    const config = parseApiConfig({ MODE: 'test', DEV: true, BASE_URL: '/' })
    expect(Object.keys(config)).toEqual([
      'cloudApiUrl',
      'authApiUrl',
      'objectStorageApiUrl',
      'sessionTtlSeconds',
    ])
  })

  it('asks for sign-in tokens that live a working day unless told otherwise', () => {
    expect(parseApiConfig({}).sessionTtlSeconds).toBe(8 * 60 * 60)
    expect(parseApiConfig({ VITE_SESSION_TTL_SECONDS: '' }).sessionTtlSeconds).toBe(28_800)
    expect(parseApiConfig({ VITE_SESSION_TTL_SECONDS: ' 3600 ' }).sessionTtlSeconds).toBe(3600)
  })

  it.each(['59', '31536001', '1.5', '-60', 'eight hours'])(
    'refuses VITE_SESSION_TTL_SECONDS=%j with an error that names the variable',
    (value) => {
      const parse = () => parseApiConfig({ VITE_SESSION_TTL_SECONDS: value })
      expect(parse).toThrow('VITE_SESSION_TTL_SECONDS')
      expect(parse).toThrow(/whole number of seconds|at least 60|at most 31536000/)
    },
  )

  it.each([
    ['VITE_CLOUD_API_URL', 'cloudapi/v6'],
    ['VITE_CLOUD_API_URL', ''],
    ['VITE_AUTH_API_URL', 'ftp://example.com/auth'],
    ['VITE_AUTH_API_URL', '//evil.example.com/auth/v1'],
    ['VITE_OBJECT_STORAGE_API_URL', 'javascript:alert(1)'],
  ])('refuses %s=%j with an error that names the variable', (name, value) => {
    expect(() => parseApiConfig({ [name]: value })).toThrow(name)
    expect(() => parseApiConfig({ [name]: value })).toThrow(/path starting with "\/"|http\(s\)/)
  })

  it('reports every bad variable at once', () => {
    const bad = { VITE_CLOUD_API_URL: 'x', VITE_AUTH_API_URL: 'y' }
    expect(() => parseApiConfig(bad)).toThrow(/VITE_CLOUD_API_URL[\s\S]*VITE_AUTH_API_URL/)
  })
})
