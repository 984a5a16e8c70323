import type { Query } from '@tanstack/react-query'

/** How long what was read counts as current: data is not read again, a failure not retried. */
export const FRESH_MS = 30_000

/**
 * A read that failed moments ago. The page shows that failure with its "Try again" instead of
 * asking the server again unasked: as it opens onto a read begun ahead of it (the sign-in's
 * warm-up), or after a quick switch of pages.
 */
export function failedRecently(query: Pick<Query, 'state'>): boolean {
  return query.state.status === 'error' && Date.now() - query.state.errorUpdatedAt < FRESH_MS
}
