export { defineMessages, LOCALES, matchLocale, type Catalog, type Locale } from './catalog'
export { LocaleProvider } from './LocaleProvider'
export { useLocale, useMessages } from './useMessages'
export { ageInDays, formatAge, formatDate, formatDateTime } from './format'
