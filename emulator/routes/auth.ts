import { Hono, type Context } from 'hono'
import { authenticate, defaultTokenTtlSeconds, issueToken } from '../auth.ts'
import type { EmulatorDeps, EmulatorEnv } from '../env.ts'
import { badRequest, notFound, unprocessable } from '../errors.ts'
import type { TokenRecord } from '../store.ts'
import { integerQuery } from '../validation.ts'

/** Auth API v1 (`/auth/v1`): generate, list, read and revoke tokens. Basic or Bearer. */

function tokenView(c: Context, token: TokenRecord) {
  return {
    id: token.id,
    href: new URL(`/auth/v1/tokens/${token.id}`, c.req.url).href,
    createdDate: token.createdDate,
    expirationDate: token.expirationDate,
  }
}

export function authRoutes({ store }: EmulatorDeps) {
  const routes = new Hono<EmulatorEnv>()
  routes.use('*', authenticate(store, { allowBasic: true }))

  const ownTokens = (userId: string) =>
    [...store.tokens.values()].filter((token) => token.userId === userId)

  routes.get('/tokens/generate', (c) => {
    const ttl = integerQuery(
      c,
      'ttl',
      { min: 1, max: defaultTokenTtlSeconds, fallback: defaultTokenTtlSeconds },
      (message) => unprocessable(message),
    )
    const { user } = c.var.caller
    const token = issueToken(store, user, ttl)
    user.lastLogin = new Date().toISOString()
    return c.json({ token })
  })

  // Expired tokens are listed, with their past expirationDate, until criteria=EXPIRED deletes them.
  routes.get('/tokens', (c) => {
    const tokens = ownTokens(c.var.caller.user.id)
    return c.json({ tokens: tokens.map((token) => tokenView(c, token)) })
  })

  routes.get('/tokens/:tokenId', (c) => {
    const token = store.tokens.get(c.req.param('tokenId'))
    if (!token || token.userId !== c.var.caller.user.id) throw notFound('Token not found')
    return c.json(tokenView(c, token))
  })

  routes.delete('/tokens/:tokenId', (c) => {
    const token = store.tokens.get(c.req.param('tokenId'))
    if (!token || token.userId !== c.var.caller.user.id) throw notFound('Token not found')
    store.tokens.delete(token.id)
    return c.json({ success: true })
  })

  routes.delete('/tokens', (c) => {
    const criteria = c.req.query('criteria')
    const { user, tokenId } = c.var.caller
    const now = Date.now()
    const doomed =
      criteria === 'ALL'
        ? ownTokens(user.id)
        : criteria === 'EXPIRED'
          ? ownTokens(user.id).filter((token) => token.expiresAt <= now)
          : criteria === 'CURRENT' && tokenId !== null
            ? ownTokens(user.id).filter((token) => token.id === tokenId)
            : undefined
    if (!doomed) {
      throw badRequest(
        'criteria must be ALL, EXPIRED or CURRENT (CURRENT needs Bearer authentication).',
      )
    }
    for (const token of doomed) store.tokens.delete(token.id)
    return c.json({ success: true })
  })

  return routes
}
