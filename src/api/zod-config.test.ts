import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from './zod'

describe('zod set-up', () => {
  it('runs zod without eval, so a strict CSP reports nothing', () => {
    expect(z.config().jitless).toBe(true)
  })

  it('is the only place in src/api that imports zod itself', () => {
    const dir = import.meta.dirname
    const offenders = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'zod.ts')
      .filter((name) => /from ['"]zod(\/|['"])/.test(readFileSync(join(dir, name), 'utf8')))
    expect(offenders).toEqual([])
  })
})
