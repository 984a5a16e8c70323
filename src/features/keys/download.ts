/** The key pair and where it is used. The files are built in `credentials/formats.ts`. */

export interface KeyPair {
  accessKey: string
  secretKey: string
  /** Not secret: where the key works, when the management API said (a legacy key: three). */
  supportedRegions?: readonly string[]
}

export interface Endpoint {
  region: string
  /** As `/regions` gives it, with or without the scheme: `s3.eu-central-3.ionoscloud.com`. */
  endpoint: string
}

export function endpointUrl(endpoint: string): string {
  return /^https?:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`
}

// The browser download is shared with the users feature (the inventory export).
export { downloadText } from '../../lib/browser/download'
