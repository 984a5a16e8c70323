import { ApiClientError, ApiError, type ErrorKind } from '../../../api/errors'
import { interpolate, type Locale } from '../catalog'
import { errorMessages, type ErrorMessageKey } from './messages'

const STATUS_KEYS: Partial<Record<number, ErrorMessageKey>> = {
  400: 'status400',
  401: 'status401',
  403: 'status403',
  404: 'status404',
  409: 'status409',
  422: 'status422',
  429: 'status429',
}

type Say = (key: ErrorMessageKey, params?: Record<string, string | number>) => string

function describeKind(kind: ErrorKind, say: Say): string {
  switch (kind.type) {
    case 'network':
      return say('network')
    case 'timeout':
      return say('timeout', { seconds: kind.seconds })
    case 'unconfirmed':
      return say('unconfirmed')
    case 'schema':
      return say('schema')
    case 'request-failed':
      return say('requestFailed')
    case 'management-disabled':
      return say('managementDisabled')
    case 'token-expired':
      return say('tokenExpired')
    case 'token-invalid':
      return say('tokenInvalid')
    case 'status': {
      const key = STATUS_KEYS[kind.status] ?? (kind.status >= 500 ? 'status5xx' : 'statusOther')
      // The code helps whoever the user asks for help, in any language.
      return say('withStatus', { reason: say(key), status: String(kind.status) })
    }
  }
}

/**
 * Why `error` happened, in `locale`: the server's own words when it gave any (quoted as its
 * words), else the console's text for the kind of failure. Unexpected failures (a bug) are
 * never described in detail: their message could carry request details.
 */
export function describeError(error: unknown, locale: Locale): string {
  const say: Say = (key, params) => interpolate(errorMessages[locale][key], params, locale)
  if (error instanceof ApiError && error.serverText !== null) {
    return say('serverSaid', { words: error.serverText })
  }
  if (error instanceof ApiClientError) return describeKind(error.kind, say)
  return say(isAbort(error) ? 'cancelled' : 'unexpected')
}

// By name, not `instanceof DOMException`: an abort reason may come from another realm.
function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  )
}
