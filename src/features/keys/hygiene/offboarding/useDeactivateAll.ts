import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { userMessage } from '../../../../api/errors'
import { setUserKeyActive } from '../../../../api/s3keys'
import { noteKeyChange } from '../../../../lib/browser/key-changes'
import { keyQueries } from '../../queries'
import { markPending, type KeyOutcome, type Outcomes } from './outcomes'

/**
 * Switches keys off one after the other (a handful at most: IONOS allows five) and records what
 * happened to each, with the server's reason when it refused. The list is refreshed afterwards.
 */
export function useDeactivateAll(userId: string) {
  const client = useQueryClient()
  const [outcomes, setOutcomes] = useState<Outcomes>(() => new Map())
  const [running, setRunning] = useState(false)

  const run = useCallback(
    async (accessKeys: readonly string[]) => {
      setRunning(true)
      setOutcomes((current) => markPending(current, accessKeys))
      for (const accessKey of accessKeys) {
        let outcome: KeyOutcome
        try {
          await setUserKeyActive(userId, accessKey, false)
          outcome = { state: 'done' }
        } catch (error) {
          outcome = { state: 'failed', reason: userMessage(error) }
        }
        setOutcomes((current) => new Map(current).set(accessKey, outcome))
      }
      setRunning(false)
      noteKeyChange(userId)
      await client.invalidateQueries({ queryKey: keyQueries.lists(userId) })
    },
    [client, userId],
  )

  return { outcomes, running, run }
}
