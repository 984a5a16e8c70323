import { describe, expect, it } from 'vitest'
import { failedKeys, markPending, summarize, type Outcomes } from './outcomes'

const outcomes: Outcomes = new Map([
  ['A', { state: 'done' }],
  ['B', { state: 'failed', reason: 'The IONOS API is not available right now.' }],
  ['C', { state: 'pending' }],
  ['D', { state: 'failed', reason: 'Too many requests.' }],
])

describe('deactivating all keys', () => {
  it('counts what succeeded, what failed and what is still waiting', () => {
    expect(summarize(outcomes)).toEqual({ count: 4, succeeded: 1, failed: 2, pending: 1 })
  })

  it('retries only the keys that failed, in their order', () => {
    expect(failedKeys(outcomes)).toEqual(['B', 'D'])
  })

  it('marks the retried keys as waiting and keeps the rest', () => {
    const next = markPending(outcomes, ['B', 'D'])
    expect(summarize(next)).toEqual({ count: 4, succeeded: 1, failed: 0, pending: 3 })
    expect(next.get('A')).toEqual({ state: 'done' })
  })
})
