import { describe, expect, it } from 'vitest'
import { formatAge, formatDate, formatDateTime } from './format'

describe('formatAge', () => {
  it('counts calendar days, so the age agrees with the date shown beside it all day', () => {
    const created = new Date(2026, 10, 11, 0, 5)
    expect(formatAge(created, 'en', new Date(2026, 10, 23, 0, 1))).toBe('12 days ago')
    expect(formatAge(created, 'en', new Date(2026, 10, 23, 23, 59))).toBe('12 days ago')
  })

  it('says yesterday and today in words, in English and German', () => {
    const now = new Date(2026, 10, 23, 9, 0)
    expect(formatAge(new Date(2026, 10, 22, 23, 0), 'en', now)).toBe('yesterday')
    expect(formatAge(new Date(2026, 10, 23, 1, 0), 'de', now)).toBe('heute')
    expect(formatAge(new Date(2026, 10, 20, 12, 0), 'de', now)).toBe('vor 3 Tagen')
  })

  it('switches to months and years for older dates', () => {
    const now = new Date(2026, 10, 23)
    expect(formatAge(new Date(2026, 7, 23), 'en', now)).toBe('3 months ago')
    expect(formatAge(new Date(2023, 2, 14), 'en', now)).toBe('4 years ago')
  })
})

describe('formatDate and formatDateTime', () => {
  it('write a date the way each language does', () => {
    const created = new Date(2024, 5, 3, 10, 15)
    expect(formatDate(created, 'en')).toBe('Jun 3, 2024')
    expect(formatDate(created, 'de')).toBe('03.06.2024')
    expect(formatDateTime(created, 'de')).toBe('03.06.2024, 10:15')
  })
})
