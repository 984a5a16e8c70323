import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { readPreference, writePreference } from '../browser/preferences'
import { LOCALES, matchLocale, type Locale } from './catalog'

interface LocaleContextValue {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  setLocale: () => {},
})

/** The language a page opens in: the saved choice, else the browser's best match. */
export function initialLocale(): Locale {
  const saved = readPreference('locale')
  const remembered = LOCALES.find((locale) => locale === saved)
  return remembered ?? matchLocale(navigator.languages ?? [navigator.language])
}

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? initialLocale())

  const setLocale = useCallback((next: Locale) => {
    writePreference('locale', next)
    setLocaleState(next)
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale])
  return <LocaleContext value={value}>{children}</LocaleContext>
}
