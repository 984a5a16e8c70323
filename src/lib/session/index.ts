export {
  SessionProvider,
  startingStatus,
  TokenExpiredError,
  type SessionStarting,
  type StartingStatus,
} from './SessionProvider'
export { capabilitiesOf } from './identity'
export { useIdentity, useKnownIdentity, useSession, type SessionContextValue } from './context'
export { SignedInPart } from './SignedInPart'
export type { Credentials, Identity, Role, SessionState } from './types'
