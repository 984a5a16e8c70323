import { describe, expect, it } from 'vitest'
import { InvalidTokenError } from '../../api/auth'
import { ApiError, NetworkError, SchemaError, TokenExpiredError } from '../../api/errors'
import { signInFailure } from './rules'

describe('why signing in failed', () => {
  it("quotes a specific refusal in the server's words, never as the console's own sentence", () => {
    const locked = new ApiError(401, [{ errorCode: '316', message: 'The account is locked.' }])
    expect(signInFailure(locked, 'password')).toEqual({
      key: 'serverSaid',
      words: 'The account is locked.',
    })
  })

  it('turns a bare "Unauthorized" into a sentence a person can act on', () => {
    const bare = new ApiError(401, [{ errorCode: '315', message: 'Unauthorized' }])
    expect(signInFailure(bare, 'password')).toEqual({ key: 'wrongCredentials' })
    expect(signInFailure(bare, 'token')).toEqual({ key: 'tokenRejected' })
  })

  it('never shows a developer message: an unreadable answer is a plain failure', () => {
    expect(signInFailure(new SchemaError('POST /tokens', []), 'password')).toEqual({
      key: 'signInFailed',
    })
    expect(signInFailure(new ApiError(502, []), 'token')).toEqual({ key: 'signInFailed' })
  })

  it('tells an expired, a malformed token and a lost connection apart', () => {
    expect(signInFailure(new TokenExpiredError(), 'token')).toEqual({ key: 'tokenRejected' })
    expect(signInFailure(new InvalidTokenError(), 'token')).toEqual({ key: 'tokenMalformed' })
    expect(signInFailure(new NetworkError('down'), 'password')).toEqual({ key: 'networkError' })
  })
})
