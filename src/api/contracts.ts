import { request } from './client'
import { text } from './schema-helpers'
import { z } from './zod'

export const contractsSchema = z.pipe(
  z.object({
    items: z.array(
      z.object({
        properties: z.object({ contractNumber: z.number(), owner: text, status: text }),
      }),
    ),
  }),
  z.transform(({ items }, ctx) => {
    const first = items[0]
    if (first === undefined) {
      ctx.issues.push({ code: 'custom', message: 'No contract in the answer', input: items })
      return z.NEVER
    }
    return first.properties
  }),
)
export type Contract = z.infer<typeof contractsSchema>

/** The caller's contract; any signed-in user may read it, so it also checks the credentials. */
export function getContract(signal?: AbortSignal): Promise<Contract> {
  return request({ api: 'cloud', path: '/contracts', schema: contractsSchema, signal })
}
