import { describe, expect, it } from 'vitest'
import { DOCUMENTED_REGIONS, defaultRegion, regionsForKey } from './regions'

const ids = (regions: readonly { id: string }[]) => regions.map((region) => region.id)

describe('regionsForKey', () => {
  it('offers the regions the management API lists for the key', () => {
    const usable = regionsForKey(DOCUMENTED_REGIONS, ['de', 'eu-south-2'], false)
    expect(ids(usable)).toEqual(['de', 'eu-south-2'])
  })

  it('offers only the user-owned regions to a legacy key whose regions are not known', () => {
    expect(ids(regionsForKey(DOCUMENTED_REGIONS, undefined, true))).toEqual([
      'de',
      'eu-central-2',
      'eu-south-2',
    ])
  })

  it('offers every region to a new key', () => {
    expect(regionsForKey(DOCUMENTED_REGIONS, [], false)).toHaveLength(6)
  })
})

describe('defaultRegion', () => {
  it('prefers eu-central-3, then de, then the first usable region', () => {
    expect(defaultRegion(DOCUMENTED_REGIONS, null)?.id).toBe('eu-central-3')
    const legacy = regionsForKey(DOCUMENTED_REGIONS, undefined, true)
    expect(defaultRegion(legacy, null)?.id).toBe('de')
    expect(defaultRegion(legacy.slice(1), null)?.id).toBe('eu-central-2')
    expect(defaultRegion([], null)).toBeUndefined()
  })

  it('keeps the remembered region when the key can use it', () => {
    expect(defaultRegion(DOCUMENTED_REGIONS, 'us-central-1')?.id).toBe('us-central-1')
    const legacy = regionsForKey(DOCUMENTED_REGIONS, undefined, true)
    expect(defaultRegion(legacy, 'us-central-1')?.id).toBe('de')
  })
})
