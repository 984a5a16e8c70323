import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False at build time and while React takes over the HTML rendered then; true otherwise (and
 * right after). What a component shows from the browser's state, a saved choice, waits for it:
 * else its first render would not match the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
