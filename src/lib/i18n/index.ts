export { defineMessages, LOCALES, matchLocale, type Catalog, type Locale } from './catalog'
export { initialLocale, LocaleProvider } from './LocaleProvider'
export { useLocale, useMessages } from './useMessages'
export { ageInDays, formatAge, formatDate, formatDateTime } from './format'
