import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadText, endpointUrl } from './download'

describe('endpointUrl', () => {
  it('adds https:// to a bare host and keeps a full URL', () => {
    expect(endpointUrl('s3.eu-central-1.ionoscloud.com')).toBe(
      'https://s3.eu-central-1.ionoscloud.com',
    )
    expect(endpointUrl('http://localhost:9000')).toBe('http://localhost:9000')
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
