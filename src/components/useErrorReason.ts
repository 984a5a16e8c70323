import { useCallback } from 'react'
import { ApiError, userMessage } from '../api/errors'
import { useMessages } from '../lib/i18n'
import { reasonMessages } from './reasonMessages'

/**
 * `reason(error)`: why something failed, for a `{reason}` in a message. A server's own text is
 * quoted as the server's words (React renders it as text); anything else is the console's text.
 */
export function useErrorReason(): (error: unknown) => string {
  const t = useMessages(reasonMessages)
  return useCallback(
    (error: unknown) =>
      error instanceof ApiError && error.serverText !== null
        ? t('serverSaid', { words: error.serverText })
        : userMessage(error),
    [t],
  )
}
