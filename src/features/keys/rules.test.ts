import { describe, expect, it } from 'vitest'
import type { KeyRow } from './join'
import {
  MAX_KEYS,
  canGenerate,
  descriptionProblem,
  isLastActiveKey,
  isLegacyKey,
  isOnlyKey,
  keyAgeInDays,
  shortAccessKey,
} from './rules'

function key(accessKey: string, fields: Partial<KeyRow> = {}): KeyRow {
  return {
    accessKey,
    managementId: null,
    description: null,
    active: true,
    status: null,
    statusMessage: null,
    administrative: false,
    createdDate: '2025-01-01T00:00:00Z',
    canonicalUserId: null,
    contractUserId: null,
    supportedRegions: null,
    ...fields,
  }
}

describe('canGenerate', () => {
  it('allows a new key below five and refuses at five', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => key(id))
    expect(MAX_KEYS).toBe(5)
    expect(canGenerate([])).toBe(true)
    expect(canGenerate(four)).toBe(true)
    expect(canGenerate([...four, key('e')])).toBe(false)
  })
})

describe('isLastActiveKey', () => {
  it('is true only for the one active key when all others are inactive', () => {
    const keys = [key('a'), key('b', { active: false })]
    expect(isLastActiveKey(keys, 'a')).toBe(true)
    expect(isLastActiveKey(keys, 'b')).toBe(false)
  })

  it('is false while another key is active too', () => {
    expect(isLastActiveKey([key('a'), key('b')], 'a')).toBe(false)
  })

  it('does not count keys whose state the Cloud API did not report', () => {
    expect(isLastActiveKey([key('a'), key('b', { active: null })], 'a')).toBe(true)
  })
})

describe('isOnlyKey', () => {
  it('is true for the single key of a user and false when there are more', () => {
    expect(isOnlyKey([key('a')], 'a')).toBe(true)
    expect(isOnlyKey([key('a'), key('b')], 'a')).toBe(false)
    expect(isOnlyKey([key('a')], 'b')).toBe(false)
  })
})

describe('isLegacyKey', () => {
  it('marks keys made before 25 April 2024 and not those made since', () => {
    expect(isLegacyKey({ createdDate: '2024-04-24T23:59:59Z' })).toBe(true)
    expect(isLegacyKey({ createdDate: '2024-04-25T00:00:00Z' })).toBe(false)
  })

  it('does not guess when the creation date is missing or unreadable', () => {
    expect(isLegacyKey({ createdDate: null })).toBe(false)
    expect(isLegacyKey({ createdDate: 'yesterday' })).toBe(false)
  })
})

describe('keyAgeInDays', () => {
  it('counts whole days since the key was made', () => {
    const now = new Date('2025-01-11T12:00:00Z')
    expect(keyAgeInDays({ createdDate: '2025-01-01T13:00:00Z' }, now)).toBe(9)
    expect(keyAgeInDays({ createdDate: null }, now)).toBeNull()
  })
})

describe('descriptionProblem', () => {
  it('accepts text up to 255 characters, counting characters rather than UTF-16 units', () => {
    expect(descriptionProblem('')).toBeNull()
    expect(descriptionProblem('x'.repeat(255))).toBeNull()
    expect(descriptionProblem('🔑'.repeat(255))).toBeNull()
    expect(descriptionProblem('x'.repeat(256))).toBe('descriptionTooLong')
  })

  it('refuses line breaks, tabs and other control characters', () => {
    for (const text of ['a\nb', 'a\tb', 'a\u0000b', 'a\u007fb']) {
      expect(descriptionProblem(text)).toBe('descriptionControlCharacters')
    }
  })

  it('refuses a lone surrogate, which is not text', () => {
    expect(descriptionProblem('a\ud800b')).toBe('descriptionControlCharacters')
  })
})

describe('shortAccessKey', () => {
  it('keeps both ends of a long key and leaves short ones alone', () => {
    const long =
      '00000Du4KiV8A1tGUbjI2Ky1YmXqXnCpaQpgWw6_1V5fhMPRnAAAAAEIkfcQAAAAAAiR9xAioHCB_FWuNJ4un864Pouw'
    expect(shortAccessKey(long)).toBe('00000Du4…Pouw')
    expect(shortAccessKey('00ca413c94eecc56')).toBe('00ca413c94eecc56')
  })
})
