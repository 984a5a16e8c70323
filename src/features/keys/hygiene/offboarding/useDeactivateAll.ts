import { useCallback, useState } from 'react'
import { useErrorReason } from '../../../../lib/i18n/errors'
import { useSetKeyActive } from '../../mutations'
import { markPending, type KeyOutcome, type Outcomes } from './outcomes'

/**
 * Switches keys off one after the other (a handful at most: IONOS allows five) and records what
 * happened to each, with the server's reason when it refused. Each key goes through the switch's
 * own mutation, which keeps the list's cache right (and reads the list again after the last).
 */
export function useDeactivateAll(userId: string) {
  const { mutateAsync: setActive } = useSetKeyActive(userId)
  const [outcomes, setOutcomes] = useState<Outcomes>(() => new Map())
  const [running, setRunning] = useState(false)
  const errorReason = useErrorReason()

  const run = useCallback(
    async (accessKeys: readonly string[]) => {
      setRunning(true)
      setOutcomes((current) => markPending(current, accessKeys))
      for (const accessKey of accessKeys) {
        let outcome: KeyOutcome
        try {
          await setActive({ accessKey, active: false })
          outcome = { state: 'done' }
        } catch (error) {
          outcome = { state: 'failed', reason: errorReason(error) }
        }
        setOutcomes((current) => new Map(current).set(accessKey, outcome))
      }
      setRunning(false)
    },
    [setActive, errorReason],
  )

  return { outcomes, running, run }
}
