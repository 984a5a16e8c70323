export { SessionProvider, TokenExpiredError, type SessionStarting } from './SessionProvider'
export { capabilitiesOf } from './identity'
export { useIdentity, useSession, type SessionContextValue } from './context'
export type { Credentials, Identity, Role, SessionState } from './types'
