import type { Locale } from './catalog'

const DAY_MS = 24 * 60 * 60 * 1000

export function formatDate(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(value)
}

export function formatDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value)
}

/** "3 days ago", "vor 3 Tagen": the coarsest unit that keeps the number small. */
export function formatAge(value: Date, locale: Locale, now: Date = new Date()): string {
  const days = Math.round((value.getTime() - now.getTime()) / DAY_MS)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (Math.abs(days) < 31) return format.format(days, 'day')
  if (Math.abs(days) < 365) return format.format(Math.round(days / 30.4), 'month')
  return format.format(Math.round(days / 365), 'year')
}

export function ageInDays(value: Date, now: Date = new Date()): number {
  return Math.floor((now.getTime() - value.getTime()) / DAY_MS)
}
