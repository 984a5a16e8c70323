import { useCallback, useContext } from 'react'
import { interpolate, type Catalog, type MessageParams } from './catalog'
import { LocaleContext } from './LocaleProvider'

export function useLocale() {
  return useContext(LocaleContext)
}

/** `t(key, params)` for one feature's catalog in the current language. */
export function useMessages<Key extends string>(catalog: Catalog<Key>) {
  const { locale } = useContext(LocaleContext)
  return useCallback(
    (key: Key, params?: MessageParams) => interpolate(catalog[locale][key], params, locale),
    [catalog, locale],
  )
}
