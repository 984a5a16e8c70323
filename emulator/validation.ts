import type { Context } from 'hono'
import { z } from 'zod'
import { ApiError, badRequest, errorCodes, unprocessable } from './errors.ts'

/** Checks of query parameters and request bodies. Each refusal names the field and the rule. */

/** How an API refuses bad input: the Cloud API with 422, the management API with 400. */
export type Refuse = (message: string) => ApiError

export interface IntegerRange {
  min: number
  max: number
  fallback: number
}

export function integerQuery(
  c: Context,
  name: string,
  range: IntegerRange,
  refuse: Refuse,
): number {
  const raw = c.req.query(name)
  if (raw === undefined) return range.fallback
  const value = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw refuse(`${name} must be a whole number from ${range.min} to ${range.max}, got "${raw}".`)
  }
  return value
}

/** Query parameters that start with `prefix`, e.g. `filter.email=a` gives `{ email: 'a' }`. */
export function prefixedQuery(c: Context, prefix: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const [name, value] of Object.entries(c.req.query())) {
    if (name.startsWith(prefix)) found.set(name.slice(prefix.length), value)
  }
  return found
}

const unsupportedMediaType = () =>
  new ApiError(415, errorCodes.unsupportedMediaType, 'Content-Type must be application/json.')

/** `application/json`, in any letter case, with or without parameters such as `charset`. */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body'
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((key) => `"${key}"`).join(', ')
    return `${where}: ${names} ${issue.keys.length > 1 ? 'are' : 'is'} not a field this API takes.`
  }
  return `${where}: ${issue.message}`
}

/** Parses a required JSON body: 415 wrong type, 400 missing or malformed, 422 wrong shape. */
export async function readJsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  if (!isJsonContentType(c.req.header('Content-Type'))) throw unsupportedMediaType()
  const text = await c.req.text()
  if (text.trim() === '') throw badRequest('The request body is missing: send a JSON object.')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`)
  }
  const result = schema.safeParse(json)
  if (!result.success) throw unprocessable(result.error.issues.map(describeIssue).join(' '))
  return result.data
}

/** For operations that take no body: an empty body or `{}` is fine, anything else is refused. */
export async function readNoBody(c: Context): Promise<void> {
  const text = (await c.req.text()).trim()
  if (text === '') return
  if (!isJsonContentType(c.req.header('Content-Type'))) throw unsupportedMediaType()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`)
  }
  const isEmptyObject =
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Object.keys(json).length === 0
  if (!isEmptyObject) throw unprocessable('This operation takes no request body.')
}

export const maxDescriptionLength = 255

/** Key descriptions: printable text of at most 255 characters. */
export const descriptionSchema = z.string().superRefine((value, context) => {
  const length = [...value].length
  if (length > maxDescriptionLength) {
    context.addIssue({
      code: 'custom',
      message: `must be at most ${maxDescriptionLength} characters long, got ${length}.`,
    })
  }
  if (/\p{Cc}/u.test(value) || !value.isWellFormed()) {
    context.addIssue({
      code: 'custom',
      message: 'must be printable text without control characters such as line breaks or tabs.',
    })
  }
})
