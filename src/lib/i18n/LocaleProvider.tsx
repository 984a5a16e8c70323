import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { writePreference } from '../browser/preferences'
import type { Locale } from './catalog'
import { initialLocale } from './visitorsLocale'

interface LocaleContextValue {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  setLocale: () => {},
})

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
