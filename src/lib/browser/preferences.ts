/**
 * The only place that touches localStorage. It holds display preferences and nothing else:
 * tokens and secrets never go here (lint forbids localStorage elsewhere).
 */
const PREFIX = 'oskc.'

/**
 * `credentialFormat`/`credentialRegion`: the last key-pair download's choice (never the key);
 * `endpointsOpen`: whether the S3 endpoints on /keys are unfolded.
 */
export type PreferenceName = 'locale' | 'credentialFormat' | 'credentialRegion' | 'endpointsOpen'

/** Where a preference is kept, for a script that reads it before the app runs. */
export const preferenceKey = (name: PreferenceName): string => PREFIX + name

export function readPreference(name: PreferenceName): string | null {
  try {
    return window.localStorage.getItem(preferenceKey(name))
  } catch {
    // Storage can be disabled (private mode, policy); preferences are then per page load.
    return null
  }
}

export function writePreference(name: PreferenceName, value: string): void {
  try {
    window.localStorage.setItem(preferenceKey(name), value)
  } catch {
    // See readPreference: losing a preference is harmless.
  }
}
