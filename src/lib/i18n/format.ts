import type { Locale } from './catalog'

const DAY_MS = 24 * 60 * 60 * 1000

// One formatter per locale: making one costs far more than formatting (the all-keys table formats
// a date per row it shows, dozens per frame while it scrolls or sorts).
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

export function formatDate(value: Date, locale: Locale): string {
  let format = dateFormats.get(locale)
  if (!format)
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })))
  return format.format(value)
}

export function formatDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value)
}

/** Midnight of the day, in the browser's time zone. */
function startOfDay(value: Date): number {
  return new Date(value.getFullYear(), value.getMonth(), value.getDate()).getTime()
}

/**
 * "3 days ago", "vor 3 Tagen": the coarsest unit that keeps the number small. Days are counted
 * between calendar dates, so the age always agrees with the date shown beside it (a key made on
 * the 11th is "12 days ago" all day on the 23rd, not "13" from noon on).
 */
export function formatAge(value: Date, locale: Locale, now: Date = new Date()): string {
  // Rounded, because a day with a daylight-saving change has 23 or 25 hours.
  const days = Math.round((startOfDay(value) - startOfDay(now)) / DAY_MS)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (Math.abs(days) < 31) return format.format(days, 'day')
  if (Math.abs(days) < 365) return format.format(Math.round(days / 30.4), 'month')
  return format.format(Math.round(days / 365), 'year')
}

export function ageInDays(value: Date, now: Date = new Date()): number {
  return Math.floor((now.getTime() - value.getTime()) / DAY_MS)
}
