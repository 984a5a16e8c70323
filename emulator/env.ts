import type { HttpBindings } from '@hono/node-server'
import type { EmulatorOptions } from './options.ts'
import type { EmulatorStore, User } from './store.ts'

/** Who made the request: the user, and the token id when they used a token. */
export interface Caller {
  user: User
  tokenId: string | null
}

/**
 * Hono's environment for every route. The Node bindings exist when the app runs under
 * @hono/node-server (`serve` or `getRequestListener`), which is how every server mounts it.
 */
export interface EmulatorEnv {
  Bindings: Partial<HttpBindings>
  Variables: { caller: Caller }
}

/** What the route builders share. */
export interface EmulatorDeps {
  store: EmulatorStore
  options: EmulatorOptions
}
