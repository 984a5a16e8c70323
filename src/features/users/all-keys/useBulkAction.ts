import { useCallback, useState } from 'react'
import { isNotFoundError } from '../../../api/errors'
import { deleteUserKey, setUserKeyActive } from '../../../api/s3keys'
import { useErrorReason } from '../../../lib/i18n/errors'
import type { InventoryUser } from '../inventory/scan'
import type { BulkAction, KeyOutcome } from './bulk'
import type { KeyTableRow } from './rows'

/** Keys changed at the same time: the HTTP client waits out 429s, so this stays polite. */
const CONCURRENCY = 4

async function apply(action: BulkAction, row: KeyTableRow) {
  const accessKey = row.accessKey ?? ''
  if (action !== 'delete') {
    await setUserKeyActive(row.user.id, accessKey, action === 'activate')
    return
  }
  try {
    await deleteUserKey(row.user.id, accessKey)
  } catch (error) {
    // Already gone (deleted elsewhere): that is what was asked.
    if (!isNotFoundError(error)) throw error
  }
}

/**
 * Runs an action on many keys, a few at a time, and records what happened to each (with the
 * server's reason when it refused). Afterwards the users concerned are read again from the
 * server (`refresh`), so the table shows what really happened, also after a lost answer.
 */
export function useBulkAction(refresh: (users: InventoryUser[]) => Promise<void>) {
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, KeyOutcome>>(() => new Map())
  const [running, setRunning] = useState(false)
  const errorReason = useErrorReason()

  const run = useCallback(
    async (action: BulkAction, rows: readonly KeyTableRow[]) => {
      setRunning(true)
      setOutcomes((current) => {
        const next = new Map(current)
        for (const row of rows) next.set(row.id, { state: 'pending' })
        return next
      })
      let next = 0
      const worker = async () => {
        while (next < rows.length) {
          const row = rows[next++] as KeyTableRow
          let outcome: KeyOutcome
          try {
            await apply(action, row)
            outcome = { state: 'done' }
          } catch (error) {
            outcome = { state: 'failed', reason: errorReason(error) }
          }
          setOutcomes((current) => new Map(current).set(row.id, outcome))
        }
      }
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker))
      const users = new Map(rows.map((row) => [row.user.id, row.user]))
      await refresh([...users.values()])
      setRunning(false)
    },
    [refresh, errorReason],
  )

  const reset = useCallback(() => setOutcomes(new Map()), [])
  return { outcomes, running, run, reset }
}
