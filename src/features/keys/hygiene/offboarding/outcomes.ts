/** What happened to each key when all of a user's keys were switched off. */
export type KeyOutcome =
  { state: 'pending' } | { state: 'done' } | { state: 'failed'; reason: string }

export type Outcomes = ReadonlyMap<string, KeyOutcome>

export interface Summary {
  count: number
  succeeded: number
  failed: number
  pending: number
}

export function summarize(outcomes: Outcomes): Summary {
  const states = [...outcomes.values()].map((outcome) => outcome.state)
  const count = (state: KeyOutcome['state']) => states.filter((s) => s === state).length
  return {
    count: states.length,
    succeeded: count('done'),
    failed: count('failed'),
    pending: count('pending'),
  }
}

/** The keys to try again: only those that failed, in the order they were tried. */
export function failedKeys(outcomes: Outcomes): string[] {
  return [...outcomes].filter(([, outcome]) => outcome.state === 'failed').map(([key]) => key)
}

/** `keys` marked as waiting, keeping what is known of the others. */
export function markPending(outcomes: Outcomes, keys: readonly string[]): Outcomes {
  const next = new Map(outcomes)
  for (const key of keys) next.set(key, { state: 'pending' })
  return next
}
