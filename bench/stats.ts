/** Median, min and max of repeated measurements (timings are noisy on a shared 2-core machine). */
export interface Summary {
  median: number
  min: number
  max: number
  runs: number[]
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return value
}

export function summarize(values: readonly number[], digits = 0): Summary {
  const round = (value: number) => {
    const factor = 10 ** digits
    return Math.round(value * factor) / factor
  }
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.map(round),
  }
}

/** "412 ms (380–455)" */
export function formatSummary(summary: Summary, unit = ''): string {
  const suffix = unit ? ` ${unit}` : ''
  if (summary.runs.length < 2) return `${summary.median}${suffix}`
  return `${summary.median}${suffix} (${summary.min}–${summary.max})`
}
