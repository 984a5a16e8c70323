import { describe, expect, it } from 'vitest'
import { DEFAULT_ROTATION_DAYS, isDueForRotation, parseRotationDays } from './age'

const now = new Date('2026-03-01T12:00:00Z')
const createdDaysAgo = (days: number) => ({
  createdDate: new Date(now.getTime() - days * 86_400_000).toISOString(),
})

describe('parseRotationDays', () => {
  it('uses 90 days when the variable is unset or empty', () => {
    expect(DEFAULT_ROTATION_DAYS).toBe(90)
    expect(parseRotationDays(undefined)).toBe(90)
    expect(parseRotationDays('  ')).toBe(90)
  })

  it('reads a whole number of days', () => {
    expect(parseRotationDays(' 30 ')).toBe(30)
    expect(parseRotationDays('365')).toBe(365)
  })

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', 'ninety', '4000', 90]) {
      expect(() => parseRotationDays(bad), String(bad)).toThrow(/VITE_KEY_ROTATION_DAYS/)
    }
  })
})

describe('isDueForRotation', () => {
  it('flags keys older than the rotation age, and only those', () => {
    expect(isDueForRotation(createdDaysAgo(91), 90, now)).toBe(true)
    expect(isDueForRotation(createdDaysAgo(90), 90, now)).toBe(false)
    expect(isDueForRotation(createdDaysAgo(12), 90, now)).toBe(false)
    expect(isDueForRotation(createdDaysAgo(31), 30, now)).toBe(true)
  })

  it('never flags a key whose age is not known', () => {
    expect(isDueForRotation({ createdDate: null }, 90, now)).toBe(false)
    expect(isDueForRotation({ createdDate: 'yesterday' }, 90, now)).toBe(false)
  })
})
