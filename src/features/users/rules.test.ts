import { describe, expect, it } from 'vitest'
import {
  displayName,
  grantableGroups,
  lossOnLeaving,
  mayUseObjectStorage,
  privilegedGroupIds,
  roleOf,
} from './rules'

const group = (id: string, s3Privilege: boolean) => ({ id, name: id, s3Privilege })

describe('roleOf', () => {
  it('names the contract owner by the contract’s email, whatever its case', () => {
    expect(roleOf({ email: 'Owner@Example.com', administrator: true }, 'owner@example.com')).toBe(
      'owner',
    )
  })

  it('tells administrators from users by the administrator flag', () => {
    expect(roleOf({ email: 'a@x', administrator: true }, 'owner@x')).toBe('administrator')
    expect(roleOf({ email: 'u@x', administrator: false }, 'owner@x')).toBe('user')
  })

  it('calls nobody the owner while the contract is not known', () => {
    expect(roleOf({ email: '', administrator: false }, '')).toBe('user')
    expect(roleOf({ email: 'o@x', administrator: true }, null)).toBe('administrator')
  })
})

describe('Object Storage privilege', () => {
  const privileged = privilegedGroupIds([group('s3', true), group('dev', false)])

  it('comes with a group that has “Use Object Storage”', () => {
    expect(mayUseObjectStorage({ administrator: false }, ['dev', 's3'], privileged)).toBe(true)
    expect(mayUseObjectStorage({ administrator: false }, ['dev'], privileged)).toBe(false)
  })

  it('is always there for administrators and owners', () => {
    expect(mayUseObjectStorage({ administrator: true }, [], privileged)).toBe(true)
  })

  it('is offered only through groups that have it and the user is not in yet', () => {
    const groups = [group('s3', true), group('dev', false), group('backup', true)]
    expect(grantableGroups(groups, ['dev']).map((g) => g.id)).toEqual(['s3', 'backup'])
    expect(grantableGroups(groups, ['s3']).map((g) => g.id)).toEqual(['backup'])
  })
})

describe('lossOnLeaving', () => {
  const [s3, dev, backup] = [group('s3', true), group('dev', false), group('backup', true)]
  const groups = [s3, dev, backup]

  it('takes the privilege away with the only group that grants it', () => {
    expect(lossOnLeaving({ administrator: false }, [s3, dev], 's3')).toEqual({
      kind: 'privilege',
    })
  })

  it('keeps the privilege through another group that grants it', () => {
    expect(lossOnLeaving({ administrator: false }, groups, 's3')).toEqual({
      kind: 'kept',
      through: 'backup',
    })
  })

  it('keeps it for administrators, who need no group', () => {
    expect(lossOnLeaving({ administrator: true }, [s3], 's3')).toEqual({
      kind: 'kept',
      through: null,
    })
  })

  it('leaves Object Storage alone when the group does not grant it', () => {
    expect(lossOnLeaving({ administrator: false }, groups, 'dev')).toEqual({ kind: 'none' })
  })
})

describe('displayName', () => {
  it('joins first and last name, and falls back to the email', () => {
    expect(displayName({ firstname: 'Alice', lastname: ' Anderson', email: 'a@x' })).toBe(
      'Alice Anderson',
    )
    expect(displayName({ firstname: '', lastname: '', email: 'a@x' })).toBe('a@x')
  })
})
