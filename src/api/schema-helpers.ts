import { z } from './zod'

// The real APIs send `null` (or leave a field out) where the spec promises a value. These helpers
// turn that into one predictable shape so that UI code never checks for both.

/** A string that may be null or missing; read as ''. */
export const text = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? ''),
)

/** A string that may be null or missing; read as null. */
export const maybeText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? null),
)

/** A boolean that may be null or missing; read as false. */
export const flag = z.pipe(
  z.nullish(z.boolean()),
  z.transform((value) => value ?? false),
)

/** A list of strings that may be null or missing; read as []. */
export const textList = z.pipe(
  z.nullish(z.array(z.string())),
  z.transform((value) => value ?? []),
)

/** A Cloud API collection whose items (absent when empty in some responses) follow `item`. */
export function collection<T extends z.core.SomeType>(item: T) {
  return z.object({
    items: z.pipe(
      z.nullish(z.array(item)),
      z.transform((v) => v ?? []),
    ),
  })
}
