import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadText, endpointUrl, keyPairCsv, keyPairEnv, keyPairFileName } from './download'

const pair = { accessKey: '00000Du4KiV8Pouw', secretKey: 'tFVkUARsoeCd+ntQs2jV/SyGG6TMPf=' }

describe('keyPairCsv', () => {
  it('writes the console-style header and the key pair', () => {
    expect(keyPairCsv(pair)).toBe(
      'Access key ID,Secret access key\r\n00000Du4KiV8Pouw,tFVkUARsoeCd+ntQs2jV/SyGG6TMPf=\r\n',
    )
  })

  it('quotes a value that holds a comma or a quote', () => {
    expect(keyPairCsv({ accessKey: 'a,b', secretKey: 'say "hi"' })).toContain('"a,b","say ""hi"""')
  })
})

describe('keyPairEnv', () => {
  it('writes the AWS variables, with region and endpoint when one is chosen', () => {
    expect(keyPairEnv(pair)).toBe(
      'AWS_ACCESS_KEY_ID=00000Du4KiV8Pouw\nAWS_SECRET_ACCESS_KEY=tFVkUARsoeCd+ntQs2jV/SyGG6TMPf=\n',
    )
    const env = keyPairEnv(pair, {
      region: 'eu-central-3',
      endpoint: 's3.eu-central-3.ionoscloud.com',
    })
    expect(env.split('\n')).toEqual([
      'AWS_ACCESS_KEY_ID=00000Du4KiV8Pouw',
      'AWS_SECRET_ACCESS_KEY=tFVkUARsoeCd+ntQs2jV/SyGG6TMPf=',
      'AWS_REGION=eu-central-3',
      'AWS_ENDPOINT_URL_S3=https://s3.eu-central-3.ionoscloud.com',
      '',
    ])
  })
})

describe('endpointUrl', () => {
  it('adds https:// to a bare host and keeps a full URL', () => {
    expect(endpointUrl('s3.eu-central-1.ionoscloud.com')).toBe(
      'https://s3.eu-central-1.ionoscloud.com',
    )
    expect(endpointUrl('http://localhost:9000')).toBe('http://localhost:9000')
  })
})

describe('keyPairFileName', () => {
  it('names the file after the end of the access key and never after the secret', () => {
    expect(keyPairFileName(pair.accessKey, 'csv')).toBe('ionos-access-key-KiV8Pouw.csv')
    expect(keyPairFileName(pair.accessKey, 'env')).toBe('ionos-KiV8Pouw.env')
  })
})

describe('downloadText', () => {
  const { createObjectURL, revokeObjectURL } = URL
  afterEach(() => {
    vi.restoreAllMocks()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
  })

  it('clicks a Blob object URL and revokes it right after, leaving no link behind', () => {
    const created: string[] = []
    const revoked: string[] = []
    const clicked: string[] = []
    // jsdom has no object URLs; stand-ins record what the browser would be asked to do.
    URL.createObjectURL = () => {
      created.push('blob:test/1')
      return 'blob:test/1'
    }
    URL.revokeObjectURL = (url) => void revoked.push(url)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.href} ${this.download} revoked:${revoked.length}`)
    })
    downloadText('text', 'pair.csv', 'text/csv')
    expect(clicked).toEqual(['blob:test/1 pair.csv revoked:0'])
    expect(revoked).toEqual(['blob:test/1'])
    expect(document.querySelector('a[download]')).toBeNull()
  })
})
