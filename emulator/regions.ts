/** The Object Storage regions, with the S3 endpoints a key works against. */

export interface Region {
  id: string
  endpoint: string
  website: string
  location: string
  bucketOwnership: 'user-owned' | 'contract-owned'
  iam: boolean
}

// prettier-ignore
export const regions: Region[] = [
  { id: 'de', endpoint: 's3.eu-central-1.ionoscloud.com', website: 's3-website.de-central.profitbricks.com', location: 'de/fra', bucketOwnership: 'user-owned', iam: false },
  { id: 'eu-central-2', endpoint: 's3.eu-central-2.ionoscloud.com', website: 's3-website.eu-central-2.ionoscloud.com', location: 'de/txl', bucketOwnership: 'user-owned', iam: false },
  { id: 'eu-central-3', endpoint: 's3.eu-central-3.ionoscloud.com', website: 's3-website.eu-central-3.ionoscloud.com', location: 'de/txl', bucketOwnership: 'contract-owned', iam: true },
  { id: 'eu-central-4', endpoint: 's3.eu-central-4.ionoscloud.com', website: 's3-website.eu-central-4.ionoscloud.com', location: 'de/fra', bucketOwnership: 'contract-owned', iam: true },
  { id: 'eu-south-2', endpoint: 's3.eu-south-2.ionoscloud.com', website: 's3-website.eu-south-2.ionoscloud.com', location: 'es/vit', bucketOwnership: 'user-owned', iam: false },
  { id: 'us-central-1', endpoint: 's3.us-central-1.ionoscloud.com', website: 's3-website.us-central-1.ionoscloud.com', location: 'us/mci', bucketOwnership: 'contract-owned', iam: true },
]

export const allRegionIds = regions.map((region) => region.id)

/** Legacy keys (made before 2024-04-25) work only where buckets are user-owned. */
export const userOwnedRegionIds = regions
  .filter((region) => region.bucketOwnership === 'user-owned')
  .map((region) => region.id)

export function regionView(region: Region) {
  return {
    id: region.id,
    type: 'region',
    href: `/regions/${region.id}`,
    metadata: {},
    properties: {
      version: 1,
      endpoint: region.endpoint,
      website: region.website,
      capability: { iam: region.iam, s3select: region.bucketOwnership === 'user-owned' },
      storageClasses: ['standard', 'standardInfrequentAccess'],
      location: region.location,
      bucketOwnership: region.bucketOwnership,
    },
  }
}
