export type Role = 'owner' | 'admin' | 'user'

/** Who is signed in: from the token, confirmed and completed by the Cloud API. */
export interface Identity {
  userId: string
  tokenId: string
  contractNumber: number
  role: Role
  privileges: string[]
  email: string
  name: string
  /** Owners and administrators may manage other users and their keys. */
  isAdministrator: boolean
  /** Administrators always may; others need a group with "Use Object Storage". */
  canUseObjectStorage: boolean
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; identity: Identity }

export interface Credentials {
  email: string
  password: string
}
