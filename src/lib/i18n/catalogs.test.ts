import { describe, expect, it } from 'vitest'
import { interpolate, LOCALES, matchLocale, type Catalog } from './catalog'

// Every feature's messages.ts, found by convention, so a new catalog is checked without registering it.
const modules = import.meta.glob<Record<string, unknown>>('/src/**/messages.ts', { eager: true })

function isCatalog(value: unknown): value is Catalog<string> {
  return typeof value === 'object' && value !== null && 'en' in value && 'de' in value
}

const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Catalog<string>] => isCatalog(entry[1]))
    .map(([name, catalog]) => ({ name: `${file}#${name}`, catalog })),
)

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('message catalogs', () => {
  it('finds the catalogs of the shell and the features', () => {
    expect(catalogs.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('/src/app/messages.ts')]),
    )
    expect(catalogs.length).toBeGreaterThanOrEqual(3)
  })

  it.each(catalogs)('$name has every message in every language', ({ catalog }) => {
    const english = Object.keys(catalog.en).sort()
    for (const locale of LOCALES) {
      expect(Object.keys(catalog[locale]).sort(), locale).toEqual(english)
      for (const [key, text] of Object.entries(catalog[locale])) {
        expect(text.trim(), `${locale}.${key} is empty`).not.toBe('')
      }
    }
  })

  it.each(catalogs)('$name uses the same placeholders in every language', ({ catalog }) => {
    for (const [key, text] of Object.entries(catalog.en)) {
      expect(placeholders(catalog.de[key] ?? ''), `de.${key}`).toEqual(placeholders(text))
    }
  })
})

describe('language helpers', () => {
  it('picks German for a German browser and English for anything it does not know', () => {
    expect(matchLocale(['de-AT', 'en'])).toBe('de')
    expect(matchLocale(['fr-FR', 'es'])).toBe('en')
    expect(matchLocale(['fr-FR', 'de'])).toBe('de')
  })

  it('fills placeholders and formats numbers for the language', () => {
    expect(interpolate('{count} of {max} keys', { count: 1234, max: 5 }, 'de')).toBe(
      '1.234 of 5 keys',
    )
    expect(interpolate('Hello {name}', { name: 'Ada' }, 'en')).toBe('Hello Ada')
  })
})
