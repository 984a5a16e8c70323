import { describe, expect, it } from 'vitest'
import {
  browserAnswerHeaders,
  PROXY_USER_AGENT,
  sameOriginLocation,
  upstreamRequestHeaders,
} from './headers.ts'
import { liveSettingsFromEnv } from './settings.ts'

const { upstreams } = liveSettingsFromEnv({})
const cloud = new URL('https://api.ionos.com/cloudapi/v6/um/users/1/s3keys')

describe('what live mode sends IONOS from the browser', () => {
  it('is the Authorization, Accept and Content-Type headers, and nothing else of the browser', () => {
    const browser = new Headers({
      Authorization: 'Bearer eyJ.token.sig',
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Cookie: 'session=other-local-app',
      Origin: 'http://127.0.0.1:4173',
      Referer: 'http://127.0.0.1:4173/keys',
      'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140',
      'Accept-Language': 'de-DE',
      'X-Forwarded-For': '10.0.0.1',
      'Sec-Fetch-Site': 'same-origin',
    })
    expect(Object.fromEntries(upstreamRequestHeaders(browser))).toEqual({
      accept: 'application/json',
      authorization: 'Bearer eyJ.token.sig',
      'content-type': 'application/json',
      'user-agent': PROXY_USER_AGENT,
    })
  })
})

describe('what the browser gets of an IONOS answer', () => {
  it('keeps the status headers, drops cookies, the server banner, HSTS and Alt-Svc, and is never cached', () => {
    const ionos = new Headers({
      'Content-Type': 'application/json',
      'Retry-After': '7',
      'X-RateLimit-Remaining': '0',
      ETag: '"abc"',
      'Set-Cookie': 'JSESSIONID=1; Secure',
      Server: 'nginx/1.25',
      'X-Powered-By': 'Express',
      'Strict-Transport-Security': 'max-age=31536000',
      'Alt-Svc': 'h3=":443"',
      'Content-Length': '120',
      'Content-Encoding': 'gzip',
      'Cache-Control': 'public, max-age=600',
    })
    expect(Object.fromEntries(browserAnswerHeaders(ionos, cloud, upstreams))).toEqual({
      'content-type': 'application/json',
      'retry-after': '7',
      'x-ratelimit-remaining': '0',
      etag: '"abc"',
      'cache-control': 'no-store',
    })
  })

  it('turns a Location on an upstream into the same path on the console', () => {
    const location = (value: string) =>
      browserAnswerHeaders(new Headers({ Location: value }), cloud, upstreams).get('location')
    expect(location('https://api.ionos.com/cloudapi/v6/requests/15f6/status')).toBe(
      '/cloudapi/v6/requests/15f6/status',
    )
    expect(location('https://api.ionos.com/auth/v1/tokens/7')).toBe('/auth/v1/tokens/7')
    expect(location('https://s3.ionos.com/accesskeys/5eed?depth=1')).toBe(
      '/s3-management/accesskeys/5eed?depth=1',
    )
    // Relative to the answered URL, as HTTP says.
    expect(location('/cloudapi/v6/requests/15f6/status')).toBe('/cloudapi/v6/requests/15f6/status')
    expect(location('../../../requests/9/status')).toBe('/cloudapi/v6/requests/9/status')
  })

  it('leaves a Location that is not on an upstream as it is', () => {
    for (const elsewhere of [
      'https://dcd.ionos.com/latest/',
      'https://api.ionos.com/cloudapi/v5/requests/1/status',
      'http://api.ionos.com/cloudapi/v6/requests/1/status',
      'https://api.ionos.com.evil.test/cloudapi/v6/requests/1/status',
      'https://api.ionos.com/cloudapi/v6x/requests',
    ]) {
      expect(sameOriginLocation(elsewhere, cloud, upstreams), elsewhere).toBeNull()
    }
  })
})
