import { describe, expect, it } from 'vitest'
import type { AccessKey } from '../../api/access-keys'
import type { UserKey } from '../../api/s3keys'
import { joinKeys } from './join'

const cloudKey = (id: string, active = true): UserKey => ({
  id,
  active,
  createdDate: '2025-01-20T14:05:00Z',
})

const managedKey = (accessKey: string, fields: Partial<AccessKey> = {}): AccessKey => ({
  id: `uuid-${accessKey}`,
  accessKey,
  description: `about ${accessKey}`,
  canonicalUserId: 'a73e086eeaaa03e21e4e932ac8a2ed7a',
  contractUserId: '31415926:user',
  status: 'AVAILABLE',
  statusMessage: null,
  administrative: false,
  supportedRegions: ['de'],
  createdDate: '2025-01-20T14:05:01Z',
  ...fields,
})

describe('joinKeys', () => {
  it('joins the active flag from the Cloud API with the management API’s details on the access key', () => {
    const rows = joinKeys(
      [cloudKey('AK1', false), cloudKey('AK2')],
      [managedKey('AK2', { administrative: true }), managedKey('AK1')],
    )
    expect(rows).toEqual([
      expect.objectContaining({
        accessKey: 'AK1',
        managementId: 'uuid-AK1',
        active: false,
        description: 'about AK1',
        status: 'AVAILABLE',
        createdDate: '2025-01-20T14:05:00Z',
      }),
      expect.objectContaining({ accessKey: 'AK2', active: true, administrative: true }),
    ])
  })

  it('works from the Cloud API alone, leaving what only the management API knows unknown', () => {
    expect(joinKeys([cloudKey('AK1')], null)).toEqual([
      {
        accessKey: 'AK1',
        managementId: null,
        description: null,
        active: true,
        status: null,
        statusMessage: null,
        administrative: false,
        createdDate: '2025-01-20T14:05:00Z',
        canonicalUserId: null,
        contractUserId: null,
        supportedRegions: null,
      },
    ])
  })

  it('keeps a key that only the management API lists yet, with its state unknown', () => {
    const rows = joinKeys([], [managedKey('AK9', { status: 'PROVISIONING' })])
    expect(rows).toEqual([
      expect.objectContaining({ accessKey: 'AK9', active: null, status: 'PROVISIONING' }),
    ])
  })

  it('takes the regions the management API lists for a key, and none when it lists none', () => {
    const [listed] = joinKeys([cloudKey('AK1')], [managedKey('AK1')])
    expect(listed?.supportedRegions).toEqual(['de'])
    const [unlisted] = joinKeys([cloudKey('AK2')], [managedKey('AK2', { supportedRegions: [] })])
    expect(unlisted?.supportedRegions).toBeNull()
  })
})
