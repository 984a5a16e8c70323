import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from './whenIdle'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('work put off until the browser is idle', () => {
  it('runs in a later task, not in the one that asked for it (Safari, without idle callbacks)', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(work).toHaveBeenCalledOnce()
  })

  it('does not run once cancelled, as when the page goes before the browser is idle', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work)()
    vi.runAllTimers()
    expect(work).not.toHaveBeenCalled()
  })

  it('waits for the idle callback where the browser has one, and gives it a deadline', () => {
    const pending = new Map<number, () => void>()
    const requestIdleCallback = vi.fn((callback: () => void) => {
      pending.set(pending.size + 1, callback)
      return pending.size
    })
    vi.stubGlobal('requestIdleCallback', requestIdleCallback)
    vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle))
    const first = vi.fn()
    const second = vi.fn()
    whenIdle(first, 500)
    const cancelSecond = whenIdle(second)
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 })
    cancelSecond()
    for (const callback of pending.values()) callback()
    expect(first).toHaveBeenCalledOnce()
    expect(second).not.toHaveBeenCalled()
  })
})
