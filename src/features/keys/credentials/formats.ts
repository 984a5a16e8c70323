import { csvText } from '../../../lib/browser/csv'
import { endpointUrl, type Endpoint, type KeyPair } from '../download'

/**
 * The key pair as the files that S3 tools read (see shared/reference/credential-formats.md). Each
 * builder is pure: the secret goes into the returned text and nowhere else.
 */

export const CREDENTIAL_FORMATS = [
  'aws-console-csv',
  'aws-import-csv',
  'aws-credentials',
  'aws-config',
  'env',
  'rclone',
  's3cmd',
  'mc',
] as const
export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number]

export function isCredentialFormat(value: string | null): value is CredentialFormat {
  return CREDENTIAL_FORMATS.some((format) => format === value)
}

export interface CredentialFile {
  fileName: string
  mimeType: string
  text: string
}

/** The profile, remote and alias name the files use. */
export const PROFILE = 'ionos'

/**
 * Values go into INI and dotenv files unquoted. IONOS access keys are letters and digits and
 * secrets base64; anything else (a space, a quote, "#", ";") could change what a parser reads, so
 * it is refused instead of written wrongly. CSV and JSON escape and take anything.
 */
const PLAIN_VALUE = /^[A-Za-z0-9+/=._~:-]+$/

export class UnsafeCredentialValueError extends Error {
  override name = 'UnsafeCredentialValueError'
}

function plain(value: string): string {
  if (!PLAIN_VALUE.test(value)) {
    throw new UnsafeCredentialValueError('A value cannot be written to this file format as is.')
  }
  return value
}

/** `s3.eu-central-3.ionoscloud.com`, whether `/regions` gave it with a scheme or without. */
export function endpointHost(endpoint: string): string {
  return endpoint.replace(/^https?:\/\//i, '').replace(/\/+$/, '')
}

/** `ionos-00000Du4`: the start of the access key, as the list shows it; never the secret. */
export function fileNameStem(accessKey: string): string {
  return `ionos-${accessKey.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`
}

const FILE_SUFFIX: Record<CredentialFormat, string> = {
  'aws-console-csv': '.accessKeys.csv',
  'aws-import-csv': '.aws-import.csv',
  'aws-credentials': '.aws-credentials.ini',
  'aws-config': '.aws-config.ini',
  env: '.env',
  rclone: '.rclone.conf',
  s3cmd: '.s3cfg',
  mc: '.mc-alias.json',
}

/** What the file is, in its name: `ionos-00000Du4.rclone.conf`. */
export function credentialFileName(format: CredentialFormat, accessKey: string): string {
  return fileNameStem(accessKey) + FILE_SUFFIX[format]
}

const lines = (...rows: string[]) => rows.join('\n') + '\n'

/** As the AWS console downloads a key pair. */
export function awsConsoleCsv({ accessKey, secretKey }: KeyPair): CredentialFile {
  const text = csvText([
    ['Access key ID', 'Secret access key'],
    [accessKey, secretKey],
  ])
  return { fileName: credentialFileName('aws-console-csv', accessKey), mimeType: 'text/csv', text }
}

/** For `aws configure import --csv file://…`: the `User Name` column names the profile. */
export function awsImportCsv({ accessKey, secretKey }: KeyPair): CredentialFile {
  const text = csvText([
    ['User Name', 'Access key ID', 'Secret access key'],
    [PROFILE, accessKey, secretKey],
  ])
  return { fileName: credentialFileName('aws-import-csv', accessKey), mimeType: 'text/csv', text }
}

/** A `[ionos]` section for `~/.aws/credentials`. */
export function awsCredentials({ accessKey, secretKey }: KeyPair): CredentialFile {
  const text = lines(
    `[${PROFILE}]`,
    `aws_access_key_id = ${plain(accessKey)}`,
    `aws_secret_access_key = ${plain(secretKey)}`,
  )
  const fileName = credentialFileName('aws-credentials', accessKey)
  return { fileName, mimeType: 'text/plain', text }
}

/** A `[profile ionos]` section for `~/.aws/config`, with the endpoint (AWS CLI 2.13 and later). */
export function awsConfig({ accessKey }: KeyPair, { region, endpoint }: Endpoint): CredentialFile {
  const text = lines(
    `[profile ${PROFILE}]`,
    `region = ${plain(region)}`,
    `endpoint_url = ${plain(endpointUrl(endpoint))}`,
  )
  return { fileName: credentialFileName('aws-config', accessKey), mimeType: 'text/plain', text }
}

/** The AWS SDK variables and the ones IONOS tools (the Terraform provider) read. */
export function dotEnv({ accessKey, secretKey }: KeyPair, target: Endpoint): CredentialFile {
  const text = lines(
    `AWS_ACCESS_KEY_ID=${plain(accessKey)}`,
    `AWS_SECRET_ACCESS_KEY=${plain(secretKey)}`,
    `AWS_REGION=${plain(target.region)}`,
    `AWS_ENDPOINT_URL_S3=${plain(endpointUrl(target.endpoint))}`,
    `IONOS_S3_ACCESS_KEY=${plain(accessKey)}`,
    `IONOS_S3_SECRET_KEY=${plain(secretKey)}`,
    `IONOS_S3_REGION=${plain(target.region)}`,
  )
  return { fileName: credentialFileName('env', accessKey), mimeType: 'text/plain', text }
}

/** An rclone remote; `provider = IONOS` makes rclone use path-style addressing. */
export function rcloneRemote({ accessKey, secretKey }: KeyPair, target: Endpoint): CredentialFile {
  const text = lines(
    `[${PROFILE}]`,
    'type = s3',
    'provider = IONOS',
    `access_key_id = ${plain(accessKey)}`,
    `secret_access_key = ${plain(secretKey)}`,
    `region = ${plain(target.region)}`,
    `endpoint = ${plain(endpointHost(target.endpoint))}`,
  )
  return { fileName: credentialFileName('rclone', accessKey), mimeType: 'text/plain', text }
}

/** `~/.s3cfg`; the bucket host is the endpoint itself (path-style). */
export function s3cmdConfig({ accessKey, secretKey }: KeyPair, target: Endpoint): CredentialFile {
  const host = plain(endpointHost(target.endpoint))
  const text = lines(
    '[default]',
    `access_key = ${plain(accessKey)}`,
    `secret_key = ${plain(secretKey)}`,
    `host_base = ${host}`,
    `host_bucket = ${host}`,
    `bucket_location = ${plain(target.region)}`,
    'use_https = True',
  )
  return { fileName: credentialFileName('s3cmd', accessKey), mimeType: 'text/plain', text }
}

/** For `mc alias import ionos <file>` (MinIO client). */
export function mcAlias({ accessKey, secretKey }: KeyPair, target: Endpoint): CredentialFile {
  const alias = {
    url: endpointUrl(target.endpoint),
    accessKey,
    secretKey,
    api: 's3v4',
    path: 'auto',
  }
  const text = JSON.stringify(alias, null, 2) + '\n'
  return {
    fileName: credentialFileName('mc', accessKey),
    mimeType: 'application/json',
    text,
  }
}

/** The file for `format`; throws UnsafeCredentialValueError when a value cannot be written. */
export function credentialFile(
  format: CredentialFormat,
  pair: KeyPair,
  target: Endpoint,
): CredentialFile {
  switch (format) {
    case 'aws-console-csv':
      return awsConsoleCsv(pair)
    case 'aws-import-csv':
      return awsImportCsv(pair)
    case 'aws-credentials':
      return awsCredentials(pair)
    case 'aws-config':
      return awsConfig(pair, target)
    case 'env':
      return dotEnv(pair, target)
    case 'rclone':
      return rcloneRemote(pair, target)
    case 's3cmd':
      return s3cmdConfig(pair, target)
    case 'mc':
      return mcAlias(pair, target)
  }
}

/** Whether the file names a region (the CSVs and the credentials file do not). */
export function usesRegion(format: CredentialFormat): boolean {
  return !['aws-console-csv', 'aws-import-csv', 'aws-credentials'].includes(format)
}
