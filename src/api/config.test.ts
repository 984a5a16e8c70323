import { describe, expect, it } from 'vitest'
import { parseApiConfig } from './config'

describe('parseApiConfig', () => {
  it('uses the same-origin proxy paths when nothing is configured', () => {
    expect(parseApiConfig({})).toEqual({
      cloudApiUrl: '/cloudapi/v6',
      authApiUrl: '/auth/v1',
      objectStorageApiUrl: '/s3-management',
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
    })
  })

  it('turns the management API off when its URL is empty', () => {
    expect(parseApiConfig({ VITE_OBJECT_STORAGE_API_URL: '' }).objectStorageApiUrl).toBeNull()
  })

  it('ignores the other variables Vite puts into import.meta.env', () => {
    const config = parseApiConfig({ MODE: 'test', DEV: true, BASE_URL: '/' })
    expect(Object.keys(config)).toEqual(['cloudApiUrl', 'authApiUrl', 'objectStorageApiUrl'])
  })

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
