import { describe, expect, it } from 'vitest'
import { visitorsLocale } from './visitorsLocale'

describe('the language a visitor gets', () => {
  it('is the language they chose in the console, whatever the browser asks for', () => {
    expect(visitorsLocale('de', ['en-US', 'en'])).toBe('de')
    expect(visitorsLocale('en', ['de-DE'])).toBe('en')
  })

  it('is the browser’s first language the console has when nothing was chosen', () => {
    expect(visitorsLocale(null, ['fr-FR', 'de-AT', 'en'])).toBe('de')
    expect(visitorsLocale(null, ['EN-gb', 'de'])).toBe('en')
  })

  it('ignores a saved choice that is no language of the console', () => {
    expect(visitorsLocale('fr', ['de-CH'])).toBe('de')
  })

  it('is English when the browser asks only for languages the console does not have', () => {
    expect(visitorsLocale(null, ['fr', 'it-IT'])).toBe('en')
    expect(visitorsLocale(null, [])).toBe('en')
  })
})
