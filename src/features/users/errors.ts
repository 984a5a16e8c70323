import { isApiError } from '../../api/errors'

/** A 404, or the 422 the Cloud API sends for an id it cannot read: there is no such user. */
export function isUnknownUserError(error: unknown): boolean {
  return isApiError(error, 404) || isApiError(error, 422)
}

/** The API refused: the signed-in account may not manage users (any more). */
export function isForbiddenError(error: unknown): boolean {
  return isApiError(error, 403)
}
