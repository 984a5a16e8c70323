export { SessionProvider, TokenExpiredError } from './SessionProvider'
export { useIdentity, useSession, type SessionContextValue } from './context'
export type { Credentials, Identity, Role, SessionState } from './types'
