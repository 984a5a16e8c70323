import type { ReactNode } from 'react'
import { useKnownIdentity } from './context'
import type { Identity } from './types'

/**
 * The part of a page that depends on who is signed in. While a saved session is being confirmed,
 * as in the page's pre-rendered HTML, it is `fallback`; then `children`, given the identity.
 */
export function SignedInPart({
  fallback = null,
  children,
}: {
  fallback?: ReactNode
  children: (identity: Identity) => ReactNode
}) {
  const identity = useKnownIdentity()
  return identity ? children(identity) : fallback
}
