import { useCallback, useEffect, useRef, useState } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { rescanFailed, scanInventory, type ScanOptions, type UserResult } from './scan'
import { cloudInventorySource } from './source'

export type ScanState =
  | { kind: 'idle' }
  | { kind: 'listing'; found: number }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'done'; results: UserResult[] }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; reason: string }

/** Runs the scan with a cancel button's AbortController; a closed dialog cancels it too. */
export function useInventoryScan() {
  const [state, setState] = useState<ScanState>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const progress = useRef({ done: 0, total: 0 })
  const errorReason = useErrorReason()

  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (scan: (options: ScanOptions) => Promise<UserResult[]>) => {
      const abort = new AbortController()
      controller.current = abort
      progress.current = { done: 0, total: 0 }
      setState({ kind: 'listing', found: 0 })
      try {
        const results = await scan({
          signal: abort.signal,
          describe: errorReason,
          onProgress: ({ phase, users, done }) => {
            progress.current = { done, total: users }
            setState(
              phase === 'users'
                ? { kind: 'listing', found: users }
                : { kind: 'reading', done, total: users },
            )
          },
        })
        setState({ kind: 'done', results })
      } catch (error) {
        if (abort.signal.aborted) setState({ kind: 'cancelled', ...progress.current })
        else setState({ kind: 'failed', reason: errorReason(error) })
      } finally {
        if (controller.current === abort) controller.current = null
      }
    },
    [errorReason],
  )

  const start = useCallback(
    () => run((options) => scanInventory(cloudInventorySource, options)),
    [run],
  )
  const retryFailed = useCallback(
    (previous: readonly UserResult[]) =>
      run((options) => rescanFailed(previous, cloudInventorySource, options)),
    [run],
  )
  const cancel = useCallback(() => controller.current?.abort(), [])

  return { state, start, retryFailed, cancel }
}
