import { useCallback, useEffect, useRef, useState } from 'react'
import { listenToKeyChanges } from '../../../lib/browser/key-changes'
import { useErrorReason } from '../../../lib/i18n/errors'
import { readKeys, rescanFailed, type InventoryUser, type UserResult } from '../inventory/scan'
import { cloudInventorySource } from '../inventory/source'
import { streamInventory } from '../inventory/stream'
import { loadScan, saveScan } from './saved-scan'

export type ScanPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; reason: string }

export interface AllKeysScan {
  phase: ScanPhase
  /** What has been read so far (all of it once done), in the API's order of users. */
  results: readonly UserResult[]
  /** When the shown results were read (ms since the epoch); null while a first scan runs. */
  readAt: number | null
  /** Whether the tab kept the results (false: too large for its storage, or storage off). */
  kept: boolean
}

/**
 * How often the table takes the rows that arrived meanwhile, while the scan runs: four times a
 * second at first, less often as the table grows (every render filters, sorts and charts all rows,
 * and a busy tab sends its next reads late), about once a second at 10,000 users.
 */
const showEveryMs = (users: number) => Math.max(250, users / 10)

const merge = (results: readonly UserResult[], again: readonly UserResult[]) => {
  const byId = new Map(again.map((result) => [result.user.id, result]))
  return results.map((result) => byId.get(result.user.id) ?? result)
}

/**
 * The all-keys page's read: the saved scan of this tab if there is one, else a new scan that shows
 * rows as they arrive. Keeps the result for the tab; reads single users again after a change
 * (here, or on a user's page: see lib/key-changes).
 */
export function useAllKeysScan(readerId: string) {
  const [scan, setScan] = useState<AllKeysScan>(() => {
    const saved = loadScan(readerId)
    return saved
      ? { phase: { kind: 'done' }, results: saved.results, readAt: saved.readAt, kept: true }
      : { phase: { kind: 'idle' }, results: [], readAt: null, kept: true }
  })
  const controller = useRef<AbortController | null>(null)
  const current = useRef(scan)
  // Read through a ref, so a change of language neither restarts nor cancels a running scan.
  const errorReason = useErrorReason()
  const latestReason = useRef(errorReason)
  useEffect(() => {
    latestReason.current = errorReason
  }, [errorReason])
  const describe = useCallback((error: unknown) => latestReason.current(error), [])
  current.current = scan

  const finish = useCallback(
    (results: UserResult[], readAt: number) => {
      const kept = saveScan({ readerId, readAt, results })
      setScan({ phase: { kind: 'done' }, results, readAt, kept })
    },
    [readerId],
  )

  const start = useCallback(async () => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    const arrived: UserResult[] = []
    let progress = { done: 0, total: 0 }
    let shown = 0
    const show = () => {
      shown = Date.now()
      const results = arrived.filter(Boolean)
      setScan((before) => ({
        ...before,
        phase: { kind: 'reading', ...progress },
        results,
        readAt: null,
      }))
    }
    setScan((before) => ({
      ...before,
      phase: { kind: 'reading', done: 0, total: 0 },
      results: [],
      readAt: null,
    }))
    const startedAt = Date.now()
    try {
      const results = await streamInventory(
        cloudInventorySource,
        {
          signal: abort.signal,
          describe,
          onProgress: ({ users, done }) => {
            progress = { done, total: users }
            if (Date.now() - shown >= showEveryMs(arrived.length)) show()
          },
        },
        (index, result) => {
          arrived[index] = result
          if (Date.now() - shown >= showEveryMs(arrived.length)) show()
        },
      )
      finish(results, startedAt)
    } catch (error) {
      const results = arrived.filter(Boolean)
      setScan((before) => ({
        ...before,
        results,
        phase: abort.signal.aborted
          ? { kind: 'cancelled', ...progress }
          : { kind: 'failed', reason: describe(error) },
      }))
    } finally {
      if (controller.current === abort) controller.current = null
    }
  }, [finish, describe])

  /** Reads `users` again and puts their new results in place (after a change, or "Read again"). */
  const readAgain = useCallback(
    async (users: readonly InventoryUser[]) => {
      if (current.current.phase.kind !== 'done' || users.length === 0) return
      const again = await readKeys(users, cloudInventorySource, {
        signal: new AbortController().signal,
        describe,
      })
      const latest = current.current
      if (latest.phase.kind !== 'done' || latest.readAt === null) return
      finish(merge(latest.results, again), latest.readAt)
    },
    [finish, describe],
  )

  const retryFailed = useCallback(async () => {
    const { results, readAt } = current.current
    if (readAt === null) return
    const again = await rescanFailed(results, cloudInventorySource, {
      signal: new AbortController().signal,
      describe,
    })
    finish(again, readAt)
  }, [finish, describe])

  const cancel = useCallback(() => controller.current?.abort(), [])

  // The first visit reads; later visits show what this tab read, with its age and Refresh.
  useEffect(() => {
    if (current.current.phase.kind === 'idle') void start()
    return () => controller.current?.abort()
  }, [start])

  // A key changed on a user's page (or in another place of this tab): read that user again.
  useEffect(() => {
    const usersOf = (ids: readonly string[]) =>
      current.current.results.map((result) => result.user).filter((user) => ids.includes(user.id))
    const { missed, stop } = listenToKeyChanges((userId) => void readAgain(usersOf([userId])))
    void readAgain(usersOf(missed))
    return stop
  }, [readAgain])

  return { scan, start, cancel, readAgain, retryFailed }
}
