import { describe, expect, it } from 'vitest'
import type { KeyRow } from '../join'
import { isLegacyKey } from '../rules'
import { keyAbilities, type KeyOwner } from './abilities'

function key(accessKey: string, fields: Partial<KeyRow> = {}): KeyRow {
  return {
    accessKey,
    managementId: `m-${accessKey}`,
    description: null,
    active: true,
    status: 'AVAILABLE',
    statusMessage: null,
    administrative: false,
    createdDate: '2025-01-01T00:00:00Z',
    canonicalUserId: null,
    contractUserId: null,
    supportedRegions: null,
    ...fields,
  }
}

/** The Cloud API's view alone: no management id, no status. */
const cloudOnly = (accessKey: string, fields: Partial<KeyRow> = {}) =>
  key(accessKey, { managementId: null, status: null, ...fields })

const self: KeyOwner = { isSelf: true, canUseObjectStorage: true, management: 'used' }
const adminViewing: KeyOwner = { isSelf: false, canUseObjectStorage: true, management: 'not-asked' }

describe('keyAbilities: the owner viewing their own keys', () => {
  const keys = [key('A'), key('B', { active: false })]
  const { list, of } = keyAbilities(self, keys)

  it('shows descriptions and status, and generates through the management API', () => {
    expect(list).toEqual({
      describes: true,
      acts: true,
      offersGenerate: true,
      generates: true,
      viaManagement: true,
      deactivatesAll: false,
    })
  })

  it('may switch, edit, renew, rotate and delete an active key', () => {
    expect(of(keys[0]!)).toEqual({
      toggles: true,
      asksBeforeDeactivating: true,
      hasButtons: true,
      rotateBlock: null,
      edits: true,
      offersRenew: true,
      renews: true,
      onlyKey: false,
    })
  })

  it('asks before switching off only the last active key, and rotates only an active one', () => {
    expect(of(keys[0]!).asksBeforeDeactivating).toBe(true)
    expect(of(keys[1]!).asksBeforeDeactivating).toBe(false)
    expect(of(keys[1]!).rotateBlock).toBe('rotateNeedsActive')
  })

  it('gives the same answer object for a key each time, so memoized rows do not re-render', () => {
    expect(of(keys[0]!)).toBe(of({ ...keys[0]! }))
  })

  it('cannot edit or renew a key the management API does not list, but can switch and delete it', () => {
    const ability = keyAbilities(self, [cloudOnly('C')]).of(cloudOnly('C'))
    expect(ability).toMatchObject({ toggles: true, hasButtons: true, edits: false })
    expect(ability.offersRenew).toBe(false)
  })
})

describe('keyAbilities: an administrator viewing another user', () => {
  const keys = [cloudOnly('A'), cloudOnly('B', { active: false })]
  const { list, of } = keyAbilities(adminViewing, keys)

  it('offers deactivating all keys, without descriptions, through the Cloud API', () => {
    expect(list).toMatchObject({ describes: false, viaManagement: false, deactivatesAll: true })
    expect(list.generates).toBe(true)
  })

  it('may switch, rotate and delete, but never edit or renew (the management API is the caller’s own)', () => {
    expect(of(keys[0]!)).toMatchObject({ toggles: true, hasButtons: true, rotateBlock: null })
    expect(of(keys[0]!)).toMatchObject({ edits: false, offersRenew: false, renews: false })
  })

  it('offers no deactivate-all when no key is active', () => {
    const off = [cloudOnly('A', { active: false })]
    expect(keyAbilities(adminViewing, off).list.deactivatesAll).toBe(false)
  })

  it('offers no button at all for a user without the privilege', () => {
    const owner = { ...adminViewing, canUseObjectStorage: false }
    const { list: l, of: o } = keyAbilities(owner, keys)
    expect(l).toMatchObject({ acts: false, offersGenerate: false, generates: false })
    expect(l.deactivatesAll).toBe(true)
    expect(o(keys[0]!)).toMatchObject({ toggles: false, hasButtons: false, edits: false })
  })
})

describe('keyAbilities: when the management API is down or off', () => {
  it.each(['unreachable', 'off'] as const)(
    'with the management API %s, the own keys have no descriptions, edit or renew',
    (management) => {
      const keys = [cloudOnly('A')]
      const { list, of } = keyAbilities({ ...self, management }, keys)
      expect(list).toMatchObject({ describes: false, viaManagement: false, generates: true })
      expect(of(keys[0]!)).toMatchObject({ toggles: true, edits: false, offersRenew: false })
    },
  )

  it('decides nothing from the management API before the list is read', () => {
    const { list } = keyAbilities({ ...self, management: null }, [])
    expect(list).toMatchObject({ describes: false, viaManagement: false, generates: true })
  })
})

describe('keyAbilities: keys in every state', () => {
  it('treats a legacy key like any other', () => {
    const legacy = key('L', { createdDate: '2023-01-01T00:00:00Z' })
    expect(isLegacyKey(legacy)).toBe(true)
    const keys = [legacy, key('N')]
    const { of } = keyAbilities(self, keys)
    expect(of(legacy)).toEqual(of(keys[1]!))
  })

  it('offers nothing but a still switch for a key IONOS is deleting', () => {
    const destroying = key('D', { status: 'DESTROYING' })
    expect(keyAbilities(self, [destroying, key('A')]).of(destroying)).toEqual({
      toggles: false,
      asksBeforeDeactivating: false,
      hasButtons: false,
      rotateBlock: 'rotateNeedsReady',
      edits: false,
      offersRenew: false,
      renews: false,
      onlyKey: false,
    })
  })

  it('holds the switch and rotation of a key being made, and offers its renewal disabled', () => {
    const provisioning = key('P', { status: 'PROVISIONING' })
    const ability = keyAbilities(self, [provisioning]).of(provisioning)
    expect(ability).toMatchObject({ toggles: false, rotateBlock: 'rotateNeedsReady' })
    expect(ability).toMatchObject({ hasButtons: true, edits: true, offersRenew: true })
    expect(ability.renews).toBe(false)
  })

  it('offers renewal of a FAILED key disabled, but still switching, editing and deleting it', () => {
    const failed = key('F', { status: 'FAILED' })
    const ability = keyAbilities(self, [failed, key('A')]).of(failed)
    expect(ability).toMatchObject({ toggles: true, hasButtons: true, edits: true })
    expect(ability).toMatchObject({ offersRenew: true, renews: false, rotateBlock: null })
  })

  it('rotates no key whose active state is unknown, and asks before nothing for it', () => {
    const unknown = key('U', { active: null })
    const ability = keyAbilities(self, [unknown]).of(unknown)
    expect(ability.rotateBlock).toBe('rotateNeedsActive')
    expect(ability.asksBeforeDeactivating).toBe(false)
  })

  it('knows the only key, and forgets it once a second key exists', () => {
    const only = key('A')
    expect(keyAbilities(self, [only]).of(only).onlyKey).toBe(true)
    expect(keyAbilities(self, [only, key('B')]).of(only).onlyKey).toBe(false)
  })

  it('answers for a key no longer in the list as for a stranger to it', () => {
    const gone = key('G')
    expect(keyAbilities(self, [key('A')]).of(gone)).toMatchObject({ onlyKey: false })
  })
})

describe('keyAbilities: at the limit of five keys', () => {
  const five = ['1', '2', '3', '4', '5'].map((id) => key(id))

  it('still offers Generate, but it cannot make a key', () => {
    const { list } = keyAbilities(self, five)
    expect(list).toMatchObject({ offersGenerate: true, generates: false })
    expect(keyAbilities(self, five.slice(0, 4)).list.generates).toBe(true)
  })
})
