import { describe, expect, it } from 'vitest'
import { judgeAudit } from './audit-report.ts'

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
    },
  })

describe('judgeAudit', () => {
  it('passes a report without advisories, and one with only moderate ones', () => {
    expect(judgeAudit(report({})).kind).toBe('clean')
    expect(judgeAudit(report({ moderate: 2 }, { a: { severity: 'moderate' } })).kind).toBe('clean')
  })

  it('fails on a high or critical advisory and names the packages', () => {
    const verdict = judgeAudit(
      report({ high: 1, critical: 1 }, { hono: { severity: 'high' }, x: { severity: 'critical' } }),
    )
    expect(verdict).toMatchObject({ kind: 'vulnerable', packages: ['hono (high)', 'x (critical)'] })
  })

  it('does not take a registry error for a clean result', () => {
    const mirror = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    })
    expect(judgeAudit(mirror)).toEqual({
      kind: 'unavailable',
      reason:
        '405: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    })
    expect(judgeAudit('').kind).toBe('unavailable')
  })
})
