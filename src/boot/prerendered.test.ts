import { beforeEach, describe, expect, it } from 'vitest'
import { canHydrate, prerenderedLocale, releasePrerendered } from './prerendered'

/** #root as a pre-rendered page's HTML has it, opened at `path`. */
function openPrerendered(path: string): HTMLElement {
  window.history.replaceState(null, '', path)
  const root = document.createElement('div')
  root.dataset.prerendered = path
  root.innerHTML = '<main><h1>As rendered at build time</h1></main>'
  return root
}

const saveSession = () => window.sessionStorage.setItem('oskc.session', 'a.saved.token')
const chooseGerman = () => window.localStorage.setItem('oskc.locale', 'de')

describe('whether a pre-rendered page is taken over as it is', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'))

  it('takes over My keys and Users & groups when the tab has a saved session', () => {
    saveSession()
    expect(canHydrate(openPrerendered('/keys'))).toBe(true)
    expect(canHydrate(openPrerendered('/users'))).toBe(true)
    expect(canHydrate(openPrerendered('/login'))).toBe(false)
  })

  it('takes over the sign-in page only when the tab has no saved session', () => {
    expect(canHydrate(openPrerendered('/login'))).toBe(true)
    expect(canHydrate(openPrerendered('/keys'))).toBe(false)
  })

  it('takes over a page that the head script put in the visitor’s language', () => {
    chooseGerman()
    const login = openPrerendered('/login')
    login.setAttribute('data-prerendered-locale', 'de')
    expect(canHydrate(login)).toBe(true)
    expect(prerenderedLocale(login)).toBe('de')
  })

  it('renders afresh for a visitor who chose another language, or on another path', () => {
    saveSession()
    const keys = openPrerendered('/keys')
    window.history.replaceState(null, '', '/keys/')
    expect(canHydrate(keys)).toBe(false)
    chooseGerman()
    expect(canHydrate(openPrerendered('/keys'))).toBe(false)
    // A language chosen in another tab after the head script put the page in German.
    window.localStorage.setItem('oskc.locale', 'en')
    const german = openPrerendered('/keys')
    german.setAttribute('data-prerendered-locale', 'de')
    expect(canHydrate(german)).toBe(false)
  })
})

describe('a pre-rendered page that is rendered afresh', () => {
  it('goes at once when it was not made for this visitor, as its hiding style assumed', () => {
    const keys = openPrerendered('/keys')
    releasePrerendered(keys)
    expect(keys.childElementCount).toBe(0)
    expect(keys.dataset.prerendered).toBeUndefined()
  })

  it('stays until React replaces it when only the language differs', () => {
    chooseGerman()
    const login = openPrerendered('/login')
    releasePrerendered(login)
    expect(login.textContent).toBe('As rendered at build time')
    expect(login.dataset.prerendered).toBeUndefined()
  })
})
