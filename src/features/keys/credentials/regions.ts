import type { Region } from '../../../api/access-keys'

/** What the download needs of a region: its id, its S3 endpoint, where it is. */
export interface RegionChoice {
  id: string
  endpoint: string
  location: string
}

/**
 * The regions IONOS documents (shared/reference/credential-formats.md), for when the management
 * API is turned off or `/regions` cannot be read. The UI says when it falls back to this list.
 */
export const DOCUMENTED_REGIONS: readonly RegionChoice[] = [
  { id: 'de', endpoint: 's3.eu-central-1.ionoscloud.com', location: 'Frankfurt' },
  { id: 'eu-central-2', endpoint: 's3.eu-central-2.ionoscloud.com', location: 'Berlin' },
  { id: 'eu-central-3', endpoint: 's3.eu-central-3.ionoscloud.com', location: 'Berlin' },
  { id: 'eu-central-4', endpoint: 's3.eu-central-4.ionoscloud.com', location: 'Frankfurt' },
  { id: 'eu-south-2', endpoint: 's3.eu-south-2.ionoscloud.com', location: 'Logroño' },
  { id: 'us-central-1', endpoint: 's3.us-central-1.ionoscloud.com', location: 'Lenexa' },
]

/** The preferred default: contract-owned buckets in Berlin; `de` where a key cannot use it. */
const PREFERRED = ['eu-central-3', 'de']

export function regionChoices(regions: readonly Region[]): RegionChoice[] {
  return regions.map(({ id, endpoint, location }) => ({ id, endpoint, location }))
}

/**
 * The regions a key works in: those the management API lists for it (a legacy key only the
 * user-owned ones), else all of them: a key the Cloud API has just made is never legacy.
 */
export function regionsForKey(
  regions: readonly RegionChoice[],
  supported: readonly string[] | undefined,
): RegionChoice[] {
  const usable = supported ? regions.filter((region) => supported.includes(region.id)) : []
  return usable.length > 0 ? usable : [...regions]
}

/** The known regions a key does not work in, to name them rather than hide them silently. */
export function regionsNotForKey(
  regions: readonly RegionChoice[],
  usable: readonly RegionChoice[],
): RegionChoice[] {
  return regions.filter((region) => !usable.includes(region))
}

/** The remembered region when the key can use it, else eu-central-3, else de, else the first. */
export function defaultRegion(
  usable: readonly RegionChoice[],
  remembered: string | null,
): RegionChoice | undefined {
  const byId = (id: string | null) => usable.find((region) => region.id === id)
  return byId(remembered) ?? PREFERRED.map(byId).find(Boolean) ?? usable[0]
}
