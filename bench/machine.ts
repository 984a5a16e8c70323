import { auditOnce, launchForLighthouse } from './lighthouse.ts'
import { summarize, type Summary } from './stats.ts'

/*
 * Whether this machine can judge the budgets now. The floor (bench/floor: the same stack with one
 * screen) scores 0.98 on mobile Lighthouse on a quiet machine of the lead's kind; a busy machine
 * drags it down with the console's pages (a run at load 11 gave 0.71-0.82 for both). Below the
 * mark, or with Lighthouse's CPU measure below its mark, the bench's figures say more about the
 * neighbours than about the console.
 */
export const FLOOR_MARK = 0.95
/**
 * Lighthouse's benchmarkIndex (its own measure of the CPU) during the floor's audits: about 1,590
 * on this kind of machine when quiet, about 1,000 at a load average of 11 on 2 cores, when the
 * floor still scored 0.98 but the console's /users desktop audit fell to 0.75.
 */
export const BENCHMARK_INDEX_MARK = 1200

export interface MachineCheck {
  /** The floor's mobile Lighthouse performance, `runs` audits before anything else. */
  floorPerformance: Summary
  /** Lighthouse's measure of the CPU at the time (lower: slower or busier). */
  benchmarkIndex: Summary
  mark: number
  benchmarkIndexMark: number
  quiet: boolean
}

export async function checkMachine(floorUrl: string, runs = 2): Promise<MachineCheck> {
  const browser = await launchForLighthouse()
  try {
    const audits = []
    for (let run = 0; run < runs; run++) {
      audits.push(
        await auditOnce(browser, floorUrl, { app: 'floor', path: '/keys', as: null }, 'mobile'),
      )
    }
    const floorPerformance = summarize(
      audits.map((audit) => audit.scores.performance),
      2,
    )
    const benchmarkIndex = summarize(audits.map((audit) => audit.benchmarkIndex))
    return {
      floorPerformance,
      benchmarkIndex,
      mark: FLOOR_MARK,
      benchmarkIndexMark: BENCHMARK_INDEX_MARK,
      quiet: floorPerformance.median >= FLOOR_MARK && benchmarkIndex.median >= BENCHMARK_INDEX_MARK,
    }
  } finally {
    await browser.close()
  }
}

/** The floor's own audits during the run: a machine that got busy halfway fails them too. */
export function floorStayedAbove(
  audits: readonly {
    app: string
    preset: string
    performance: Summary
    benchmarkIndex: Summary
  }[],
): boolean {
  return audits
    .filter((audit) => audit.app === 'floor' && audit.preset === 'mobile')
    .every(
      (audit) =>
        audit.performance.median >= FLOOR_MARK &&
        audit.benchmarkIndex.median >= BENCHMARK_INDEX_MARK,
    )
}
