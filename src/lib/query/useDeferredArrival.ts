import { useDeferredValue } from 'react'

/**
 * `value`, except when it first arrives (from undefined): that render still gets undefined, and
 * React renders with the value in the background, in slices that a click or a keystroke can
 * interrupt. Later changes (a toggled key) render at once, as usual.
 *
 * For data from react-query: it comes through an external store, and React renders a change of
 * one synchronously, in one task. For a page's first table that task held up the page for
 * 150 ms on a CPU four times slower than a laptop's.
 */
export function useDeferredArrival<T>(value: T | undefined): T | undefined {
  const deferred = useDeferredValue(value)
  return deferred === undefined ? undefined : value
}
