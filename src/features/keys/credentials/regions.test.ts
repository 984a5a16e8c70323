import { describe, expect, it } from 'vitest'
import { DOCUMENTED_REGIONS, defaultRegion, regionsForKey, regionsNotForKey } from './regions'

const legacyRegions = ['de', 'eu-central-2', 'eu-south-2']
const ids = (regions: readonly { id: string }[]) => regions.map((region) => region.id)

describe('regionsForKey', () => {
  it('offers the regions the management API lists for the key (a legacy key’s three)', () => {
    const usable = regionsForKey(DOCUMENTED_REGIONS, legacyRegions)
    expect(ids(usable)).toEqual(legacyRegions)
  })

  it('offers every region when the key’s regions are not known or name none it knows', () => {
    expect(regionsForKey(DOCUMENTED_REGIONS, undefined)).toHaveLength(6)
    expect(regionsForKey(DOCUMENTED_REGIONS, ['mars-1'])).toHaveLength(6)
  })
})

describe('regionsNotForKey', () => {
  it('names the known regions a legacy key does not work in, and none for a key that works in all', () => {
    const usable = regionsForKey(DOCUMENTED_REGIONS, legacyRegions)
    const others = regionsNotForKey(DOCUMENTED_REGIONS, usable)
    expect(ids(others)).toEqual(['eu-central-3', 'eu-central-4', 'us-central-1'])
    expect(
      regionsNotForKey(DOCUMENTED_REGIONS, regionsForKey(DOCUMENTED_REGIONS, undefined)),
    ).toEqual([])
  })
})

describe('defaultRegion', () => {
  it('prefers eu-central-3, then de, then the first usable region', () => {
    expect(defaultRegion(DOCUMENTED_REGIONS, null)?.id).toBe('eu-central-3')
    const legacy = regionsForKey(DOCUMENTED_REGIONS, legacyRegions)
    expect(defaultRegion(legacy, null)?.id).toBe('de')
    expect(defaultRegion(legacy.slice(1), null)?.id).toBe('eu-central-2')
    expect(defaultRegion([], null)).toBeUndefined()
  })

  it('keeps the remembered region when the key can use it', () => {
    expect(defaultRegion(DOCUMENTED_REGIONS, 'us-central-1')?.id).toBe('us-central-1')
    const legacy = regionsForKey(DOCUMENTED_REGIONS, legacyRegions)
    expect(defaultRegion(legacy, 'us-central-1')?.id).toBe('de')
  })
})
