import { expect } from 'vitest'
import { demoPassword } from '../seed.ts'
import { startTestEmulator } from '../testing.ts'
import type { EmulatorOptions } from '../options.ts'
import { OpenApiValidator } from './openapi.ts'

/**
 * The emulator's tests talk to a real server over HTTP. Every answer is checked: it must match
 * its API's OpenAPI spec, carry the X-RateLimit-* headers, and errors must have the IONOS shape.
 */

export interface Answer {
  status: number
  headers: Headers
  // Tests read into answers freely; the spec check above has already vouched for the shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
}

export interface RequestOptions {
  auth?: string
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown
  headers?: Record<string, string>
}

export const basic = (email: string, password = demoPassword) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`
export const bearer = (token: string) => `Bearer ${token}`

let validator: Promise<OpenApiValidator> | undefined

function expectIonosError(answer: Answer): void {
  expect(answer.body, 'an IONOS error body').toMatchObject({
    httpStatus: answer.status,
    messages: [{ errorCode: expect.any(String), message: expect.any(String) }],
  })
}

export class EmulatorClient {
  readonly url: string

  constructor(url: string) {
    this.url = url
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers }
    if (options.auth) headers.Authorization = options.auth
    let body: string | undefined
    if (typeof options.body === 'string') body = options.body
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['Content-Type'] ??= 'application/json'
    }
    const response = await fetch(new URL(path, this.url), { method, headers, body })
    const text = await response.text()
    const answer: Answer = {
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    }
    await this.check(method, new URL(path, this.url).pathname, answer)
    return answer
  }

  get = (path: string, options?: RequestOptions) => this.request('GET', path, options)
  post = (path: string, options?: RequestOptions) => this.request('POST', path, options)
  put = (path: string, options?: RequestOptions) => this.request('PUT', path, options)
  delete = (path: string, options?: RequestOptions) => this.request('DELETE', path, options)

  /** A Bearer header for a fresh token of a demo user. */
  async signIn(email: string, query = ''): Promise<string> {
    const answer = await this.get(`/auth/v1/tokens/generate${query}`, { auth: basic(email) })
    expect(answer.status).toBe(200)
    return bearer(answer.body.token)
  }

  async snapshot(): Promise<unknown> {
    return (await this.get('/__emulator/snapshot')).body
  }

  /** Runs a request that must be refused, and proves the store is exactly as it was. */
  async refused(status: number, send: () => Promise<Answer>): Promise<Answer> {
    const before = await this.snapshot()
    const answer = await send()
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(await this.snapshot()).toEqual(before)
    return answer
  }

  async reset(): Promise<void> {
    // The controls take a state change only as JSON (control-guard.ts).
    expect((await this.post('/__emulator/reset', { body: {} })).status).toBe(204)
  }

  private async check(method: string, path: string, answer: Answer): Promise<void> {
    if (path.startsWith('/__emulator')) {
      if (answer.status >= 400) expectIonosError(answer)
      return
    }
    validator ??= OpenApiValidator.load()
    const problems = (await validator).problems({ method, path, ...answer })
    expect(problems, 'the answer conforms to the OpenAPI spec').toEqual([])
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Burst']) {
      expect(answer.headers.get(name), name).toMatch(/^\d+$/)
    }
    if (answer.status >= 400) expectIonosError(answer)
  }
}

/** One emulator per test file; call in `beforeAll` and close in `afterAll`. */
export async function startClient(options?: Partial<EmulatorOptions>) {
  const emulator = await startTestEmulator(options)
  return { client: new EmulatorClient(emulator.url), close: emulator.close }
}
