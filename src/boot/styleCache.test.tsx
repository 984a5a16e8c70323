import createCache, { type EmotionCache } from '@emotion/cache'
import { CacheProvider } from '@emotion/react'
import styled from '@emotion/styled'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStyleCache, PRERENDERED_STYLES_ATTRIBUTE } from './styleCache'

const Notice = styled('p')({ color: 'rebeccapurple', fontWeight: 600 })

function renderNotice(cache: EmotionCache) {
  render(
    <CacheProvider value={cache}>
      <Notice>Saved</Notice>
    </CacheProvider>,
  )
  return screen.getByText('Saved')
}

// Only what a test added: the styles other test files left in the shared document stay, or
// emotion's caches, which still hold them, break (the unit tests share a document per worker).
let before: HTMLStyleElement[] = []
const styleElements = () =>
  [...document.head.querySelectorAll('style')].filter((style) => !before.includes(style))

beforeEach(() => {
  before = [...document.head.querySelectorAll('style')]
})

afterEach(() => {
  cleanup()
  for (const style of styleElements()) style.remove()
})

describe('the style cache on a pre-rendered page', () => {
  it('inserts no style that the page’s HTML already has, and leaves that sheet where it is', () => {
    // The class emotion gives the component, as the build would have rendered it.
    const className = renderNotice(createCache({ key: 'css' })).className
    const name = className.replace(/^css-/, '')
    cleanup()
    for (const style of styleElements()) style.remove()

    const prerendered = document.createElement('style')
    prerendered.setAttribute(PRERENDERED_STYLES_ATTRIBUTE, `other ${name}`)
    prerendered.textContent = `.${className}{color:rebeccapurple;font-weight:600;}`
    document.head.append(document.createElement('title'), prerendered)

    expect(renderNotice(createStyleCache()).className).toBe(className)
    expect(styleElements()).toEqual([prerendered])
    expect(document.head.lastElementChild).toBe(prerendered)
  })

  it('inserts the styles of a component the HTML did not have', () => {
    const notice = renderNotice(createStyleCache())
    const inserted = styleElements()
      .map((style) => style.textContent)
      .join('')
    expect(inserted).toContain(`.${notice.className}{color:rebeccapurple;font-weight:600;}`)
  })

  it('writes styles for today’s browsers: no prefixes for old ones, but Safari’s user-select', () => {
    const Toolbar = styled('div')({
      display: 'flex',
      alignItems: 'center',
      transition: 'opacity 200ms',
      userSelect: 'none',
    })
    render(
      <CacheProvider value={createStyleCache()}>
        <Toolbar>Actions</Toolbar>
      </CacheProvider>,
    )
    const { className } = screen.getByText('Actions')
    const inserted = styleElements()
      .map((style) => style.textContent)
      .join('')
    expect(inserted).toContain(
      `.${className}{display:flex;align-items:center;transition:opacity 200ms;` +
        '-webkit-user-select:none;user-select:none;}',
    )
  })
})
