import { useDeferredValue, useMemo } from 'react'
import { ageHistogram, filterRows, sortedRows, type Filters, type Sort } from './filters'
import type { KeyTableRow } from './rows'

/**
 * What the table shows for `filters` and `sort`, with 25,000 rows: both are deferred, so a
 * keystroke, a menu or a sort click is answered in its own frame and the table follows in the
 * next render (marked busy until then). Each sort is made once per table (sortedRows) and filtering
 * keeps its order, so a change costs one pass over the rows, not a sort.
 */
export function useShownRows(rows: readonly KeyTableRow[], filters: Filters, sort: Sort | null) {
  const deferredFilters = useDeferredValue(filters)
  const deferredSort = useDeferredValue(sort)
  const shown = useMemo(
    () => filterRows(deferredSort ? sortedRows(rows, deferredSort) : rows, deferredFilters),
    [rows, deferredFilters, deferredSort],
  )
  // The chart counts every band of the filtered keys, also while one band is chosen; the sort
  // does not change the counts.
  const bars = useMemo(
    () => ageHistogram(filterRows(rows, { ...deferredFilters, ageBand: null })),
    [rows, deferredFilters],
  )
  const following = filters !== deferredFilters || sort !== deferredSort
  return { shown, bars, following }
}
