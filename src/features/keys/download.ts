/** The key pair as files. Texts are built here; the browser download is the last function. */

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

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** As the AWS console downloads a key pair. */
export function keyPairCsv({ accessKey, secretKey }: KeyPair): string {
  const rows = [
    ['Access key ID', 'Secret access key'],
    [accessKey, secretKey],
  ]
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export function endpointUrl(endpoint: string): string {
  return /^https?:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`
}

/** For AWS SDKs and CLIs; region and endpoint when the user has one to pair the keys with. */
export function keyPairEnv({ accessKey, secretKey }: KeyPair, endpoint?: Endpoint): string {
  const lines = [`AWS_ACCESS_KEY_ID=${accessKey}`, `AWS_SECRET_ACCESS_KEY=${secretKey}`]
  if (endpoint) {
    lines.push(`AWS_REGION=${endpoint.region}`)
    lines.push(`AWS_ENDPOINT_URL_S3=${endpointUrl(endpoint.endpoint)}`)
  }
  return lines.join('\n') + '\n'
}

/** A file name that tells key pairs apart without carrying any secret. */
export function keyPairFileName(accessKey: string, extension: 'csv' | 'env'): string {
  const tail = accessKey.replace(/[^A-Za-z0-9]/g, '').slice(-8)
  return extension === 'env' ? `ionos-${tail}.env` : `ionos-access-key-${tail}.csv`
}

// The browser download is shared with the users feature (the inventory export).
export { downloadText } from '../../lib/download'
