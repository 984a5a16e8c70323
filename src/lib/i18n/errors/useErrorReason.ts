import { useCallback } from 'react'
import { useLocale } from '../useMessages'
import { describeError } from './describe'

/**
 * `reason(error)`: why something failed, in the user's language, for a `{reason}` in a message.
 * A server's own text is quoted as the server's words (React renders it as text).
 */
export function useErrorReason(): (error: unknown) => string {
  const { locale } = useLocale()
  return useCallback((error: unknown) => describeError(error, locale), [locale])
}
