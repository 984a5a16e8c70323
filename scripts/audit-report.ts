/** What `npm audit --json` said, reduced to what the check acts on. */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string }

const BLOCKING = ['high', 'critical'] as const

interface AuditJson {
  message?: string
  statusCode?: number
  metadata?: { vulnerabilities?: Record<string, number> }
  vulnerabilities?: Record<string, { severity?: string }>
}

/**
 * High and critical advisories block; lower ones are reported only. A registry that cannot answer
 * the advisories endpoint (a mirror that allows only GET answers 405) is not a clean result.
 */
export function judgeAudit(output: string): AuditVerdict {
  let report: AuditJson
  try {
    report = JSON.parse(output) as AuditJson
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON report' }
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    const status = report.statusCode ? `${report.statusCode}: ` : ''
    return { kind: 'unavailable', reason: `${status}${report.message ?? 'no report'}` }
  }
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, entry]) => BLOCKING.some((severity) => severity === entry.severity))
    .map(([name, entry]) => `${name} (${entry.severity})`)
  const blocking = BLOCKING.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0)
  return blocking > 0 ? { kind: 'vulnerable', counts, packages } : { kind: 'clean', counts }
}
