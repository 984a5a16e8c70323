import { afterEach, describe, expect, it } from 'vitest'
import { clearProgress, readProgress, saveProgress } from './progress'

const userId = '5eed0000-0000-4000-8000-000000000003'

afterEach(() => window.sessionStorage.clear())

describe('rotation progress', () => {
  it('keeps the step and the access keys for a reload of the tab, per user', () => {
    saveProgress(userId, { oldAccessKey: 'OLD', newAccessKey: 'NEW', step: 'confirm', open: true })
    expect(readProgress(userId)).toEqual({
      oldAccessKey: 'OLD',
      newAccessKey: 'NEW',
      step: 'confirm',
      open: true,
    })
    expect(readProgress('someone-else')).toBeNull()
    clearProgress(userId)
    expect(readProgress(userId)).toBeNull()
  })

  it('never stores a secret, even when the object handed in carries one', () => {
    const withSecret = {
      oldAccessKey: 'OLD',
      newAccessKey: 'NEW',
      step: 'secret' as const,
      open: true,
      secretKey: 'tFVkUARsoeCd+ntQs2jV/SyGG6TMPf=',
    }
    saveProgress(userId, withSecret)
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain('tFVkUARso')
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('tFVkUARso')
  })

  it('ignores an entry it cannot read', () => {
    window.sessionStorage.setItem(`oskc.rotation.${userId}`, '{"step":"bogus"')
    expect(readProgress(userId)).toBeNull()
    window.sessionStorage.setItem(`oskc.rotation.${userId}`, '{"step":"bogus"}')
    expect(readProgress(userId)).toBeNull()
  })
})
