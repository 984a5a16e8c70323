import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseEnv } from 'dotenv'
import { parse as parseIni } from 'ini'
import { describe, expect, it } from 'vitest'
import {
  CREDENTIAL_FORMATS,
  UnsafeCredentialValueError,
  credentialFile,
  endpointHost,
  fileNameStem,
} from './formats'

// Shaped like IONOS's: a 92-character access key, a base64 secret that starts with "+".
const pair = {
  accessKey: `00000Du4KiV8${'x'.repeat(76)}Pouw`,
  secretKey: '+tFVkUARsoeCd/ntQs2jV/SyGG6TMPfZ1a2b3c==',
}
const berlin = { region: 'eu-central-3', endpoint: 's3.eu-central-3.ionoscloud.com' }
const file = (format: (typeof CREDENTIAL_FORMATS)[number]) => credentialFile(format, pair, berlin)

describe('credential files, read back with the parsers the tools use', () => {
  it('writes the CSV the AWS console downloads', () => {
    const { fileName, mimeType, text } = file('aws-console-csv')
    expect(fileName).toBe('ionos-00000Du4.accessKeys.csv')
    expect(mimeType).toBe('text/csv')
    expect(parseCsv(text, { columns: true })).toEqual([
      { 'Access key ID': pair.accessKey, 'Secret access key': pair.secretKey },
    ])
  })

  it('writes the CSV that `aws configure import` reads, naming the profile ionos', () => {
    const { fileName, text } = file('aws-import-csv')
    expect(fileName).toBe('ionos-00000Du4.aws-import.csv')
    expect(parseCsv(text, { columns: true })).toEqual([
      {
        'User Name': 'ionos',
        'Access key ID': pair.accessKey,
        'Secret access key': pair.secretKey,
      },
    ])
  })

  it('writes an AWS credentials profile and a config profile with the endpoint URL', () => {
    const credentials = file('aws-credentials')
    expect(credentials.fileName).toBe('ionos-00000Du4.aws-credentials.ini')
    expect(parseIni(credentials.text)).toEqual({
      ionos: { aws_access_key_id: pair.accessKey, aws_secret_access_key: pair.secretKey },
    })
    const config = file('aws-config')
    expect(config.fileName).toBe('ionos-00000Du4.aws-config.ini')
    expect(parseIni(config.text)).toEqual({
      'profile ionos': {
        region: 'eu-central-3',
        endpoint_url: 'https://s3.eu-central-3.ionoscloud.com',
      },
    })
    expect(config.text).not.toContain(pair.secretKey)
  })

  it('writes a .env file with the AWS and the IONOS variables', () => {
    const { fileName, text } = file('env')
    expect(fileName).toBe('ionos-00000Du4.env')
    expect(parseEnv(text)).toEqual({
      AWS_ACCESS_KEY_ID: pair.accessKey,
      AWS_SECRET_ACCESS_KEY: pair.secretKey,
      AWS_REGION: 'eu-central-3',
      AWS_ENDPOINT_URL_S3: 'https://s3.eu-central-3.ionoscloud.com',
      IONOS_S3_ACCESS_KEY: pair.accessKey,
      IONOS_S3_SECRET_KEY: pair.secretKey,
      IONOS_S3_REGION: 'eu-central-3',
    })
  })

  it('writes an rclone remote for provider IONOS with the bare endpoint host', () => {
    const { fileName, text } = file('rclone')
    expect(fileName).toBe('ionos-00000Du4.rclone.conf')
    expect(parseIni(text)).toEqual({
      ionos: {
        type: 's3',
        provider: 'IONOS',
        access_key_id: pair.accessKey,
        secret_access_key: pair.secretKey,
        region: 'eu-central-3',
        endpoint: 's3.eu-central-3.ionoscloud.com',
      },
    })
  })

  it('writes an s3cmd configuration with path-style bucket hosts', () => {
    const { fileName, text } = file('s3cmd')
    expect(fileName).toBe('ionos-00000Du4.s3cfg')
    expect(parseIni(text)).toEqual({
      default: {
        access_key: pair.accessKey,
        secret_key: pair.secretKey,
        host_base: 's3.eu-central-3.ionoscloud.com',
        host_bucket: 's3.eu-central-3.ionoscloud.com',
        bucket_location: 'eu-central-3',
        use_https: 'True',
      },
    })
  })

  it('writes the JSON that `mc alias import` reads', () => {
    const { fileName, mimeType, text } = file('mc')
    expect(fileName).toBe('ionos-00000Du4.mc-alias.json')
    expect(mimeType).toBe('application/json')
    expect(JSON.parse(text)).toEqual({
      url: 'https://s3.eu-central-3.ionoscloud.com',
      accessKey: pair.accessKey,
      secretKey: pair.secretKey,
      api: 's3v4',
      path: 'auto',
    })
  })

  it('pairs region de with its eu-central-1 endpoint and accepts endpoints with a scheme', () => {
    const frankfurt = { region: 'de', endpoint: 'https://s3.eu-central-1.ionoscloud.com/' }
    const env = parseEnv(credentialFile('env', pair, frankfurt).text)
    expect(env.AWS_REGION).toBe('de')
    expect(env.AWS_ENDPOINT_URL_S3).toBe('https://s3.eu-central-1.ionoscloud.com/')
    expect(parseIni(credentialFile('rclone', pair, frankfurt).text).ionos.endpoint).toBe(
      's3.eu-central-1.ionoscloud.com',
    )
    expect(endpointHost('HTTPS://s3.de.example//')).toBe('s3.de.example')
  })

  it('gives every format its own file name that carries no secret', () => {
    const names = CREDENTIAL_FORMATS.map((format) => file(format).fileName)
    expect(new Set(names).size).toBe(CREDENTIAL_FORMATS.length)
    for (const name of names) expect(name).not.toContain(pair.secretKey.slice(1, 9))
    expect(fileNameStem('AKIA-LEGACY_KEY12345')).toBe('ionos-AKIALEGA')
  })

  it('refuses to write a value an INI or dotenv parser would read differently', () => {
    const odd = { accessKey: 'AK', secretKey: 'se cret;#' }
    for (const format of ['aws-credentials', 'env', 'rclone', 's3cmd'] as const) {
      expect(() => credentialFile(format, odd, berlin)).toThrow(UnsafeCredentialValueError)
    }
    // CSV and JSON quote what needs quoting.
    expect(parseCsv(credentialFile('aws-console-csv', odd, berlin).text)).toEqual([
      ['Access key ID', 'Secret access key'],
      ['AK', 'se cret;#'],
    ])
    expect(JSON.parse(credentialFile('mc', odd, berlin).text).secretKey).toBe('se cret;#')
  })
})
