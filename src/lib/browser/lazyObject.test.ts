import { describe, expect, it, vi } from 'vitest'
import { lazyObject } from './lazyObject'

describe('an object made on its first use', () => {
  it('is not made until something reads it', () => {
    const make = vi.fn(() => ({ palette: { mode: 'light' } }))
    lazyObject(make)
    expect(make).not.toHaveBeenCalled()
  })

  it('reads, spreads and lists as the made object, which is made once', () => {
    const make = vi.fn(() => ({ palette: { mode: 'light' }, spacing: (n: number) => n * 8 }))
    const theme = lazyObject(make)
    expect(theme.palette.mode).toBe('light')
    expect(theme.spacing(2)).toBe(16)
    expect('palette' in theme).toBe(true)
    expect(Object.keys(theme)).toEqual(['palette', 'spacing'])
    expect({ ...theme }.palette).toBe(theme.palette)
    expect(make).toHaveBeenCalledOnce()
  })
})
