import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { PageLoading } from '../../../components/PageLoading'
import { useMessages } from '../../../lib/i18n'
import { useKnownIdentity } from '../../../lib/session'
import { DEFAULT_CONCURRENCY } from '../inventory/scan'
import { userQueries } from '../queries'
import { privilegedGroupIds } from '../rules'
import { AgeChart } from './AgeChart'
import { AllKeysTable } from './AllKeysTable'
import { planBulk, type BulkAction, type BulkPlan } from './bulk'
import { BulkBar } from './BulkBar'
import { BulkDialog } from './BulkDialog'
import { downloadShownRows } from './export'
import { NO_FILTERS, type AgeBandId, type Filters, type Sort, type SortColumn } from './filters'
import { FiltersBar } from './FiltersBar'
import { allKeysMessages } from './messages'
import { OwnerLookup } from './OwnerLookup'
import { tableRows, type KeyTableRow } from './rows'
import { ScanBar } from './ScanBar'
import { useAllKeysScan } from './useAllKeysScan'
import { useShownRows } from './useShownRows'

interface AllKeysPageProps {
  notPermitted: ReactNode
  /** Where "older than" starts: the console's rotation age. */
  rotationDays: number
}

/** Every key of the contract on one page, for owners and administrators only. */
export function AllKeysPage({ notPermitted, rotationDays }: AllKeysPageProps) {
  const t = useMessages(allKeysMessages)
  const identity = useKnownIdentity()
  // Nothing is read before the identity says this is an administrator.
  if (!identity) return <PageLoading label={t('title')} />
  if (!identity.isAdministrator) return notPermitted
  return <AllKeys readerId={identity.userId} rotationDays={rotationDays} />
}

function AllKeys({ readerId, rotationDays }: { readerId: string; rotationDays: number }) {
  const t = useMessages(allKeysMessages)
  const { scan, start, cancel, readAgain, retryFailed } = useAllKeysScan(readerId)
  const groups = useQuery(userQueries.allGroups())
  // One set per group list: the rows made for it are reused while the scan streams in.
  const privileged = useMemo(
    () => (groups.data ? privilegedGroupIds(groups.data) : null),
    [groups.data],
  )
  const rows = useMemo(() => tableRows(scan.results, privileged), [scan.results, privileged])
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [sort, setSort] = useState<Sort | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [plan, setPlan] = useState<BulkPlan | null>(null)
  const { shown, bars, following } = useShownRows(rows, filters, sort)
  const failedUsers = useMemo(
    () => scan.results.filter((result) => 'error' in result).length,
    [scan.results],
  )
  const keys = useMemo(() => rows.filter((row) => row.kind === 'key').length, [rows])
  const selection = useMemo(() => selectionOf(shown, selected), [shown, selected])
  const reading = scan.phase.kind === 'reading'

  // Stable handlers: the chart, the filters and the rows in view are not rendered again when only
  // the table's rows change (they are memoized), which is most of the cost of a change.
  const onSort = useCallback(
    (column: SortColumn) =>
      setSort((current) => ({
        column,
        direction: current?.column === column && current.direction === 'asc' ? 'desc' : 'asc',
      })),
    [],
  )
  const select = useCallback(
    (ids: readonly string[], on: boolean) =>
      setSelected((current) => {
        const next = new Set(current)
        for (const id of ids) {
          if (on) next.add(id)
          else next.delete(id)
        }
        return next
      }),
    [],
  )
  const onSelect = useCallback((id: string, on: boolean) => select([id], on), [select])
  const onSelectAll = useCallback(
    (on: boolean) => select(selection.keyIds, on),
    [select, selection],
  )
  const onReadAgain = useCallback((row: KeyTableRow) => void readAgain([row.user]), [readAgain])
  const onChooseBand = useCallback(
    (ageBand: AgeBandId | null) => setFilters((current) => ({ ...current, ageBand })),
    [],
  )
  const onRefresh = useCallback(() => void start(), [start])
  const onClearSelection = useCallback(() => setSelected(new Set()), [])
  const openBulk = useCallback(
    (action: BulkAction) => setPlan(planBulk(action, shown, selected)),
    [shown, selected],
  )

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1">{t('title')}</Typography>
        <Typography color="text.secondary">
          {t('intro', { concurrency: DEFAULT_CONCURRENCY })}
        </Typography>
      </Box>
      <ScanBar scan={scan} onRefresh={onRefresh} onCancel={cancel} />
      {failedUsers > 0 && !reading && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => void retryFailed()}>
              {t('retryFailed')}
            </Button>
          }
        >
          {t('failedUsers', { count: failedUsers })}
        </Alert>
      )}
      <OwnerLookup rows={rows} complete={!reading} anyFailed={failedUsers > 0} />
      <AgeChart bars={bars} chosen={filters.ageBand} onChoose={onChooseBand} />
      <FiltersBar filters={filters} onChange={setFilters} rotationDays={rotationDays} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Typography role="status" sx={{ mr: 'auto' }}>
          {t('summary', {
            shown: shown.length,
            rows: rows.length,
            keys,
            users: scan.results.length,
          })}
        </Typography>
        <Button
          variant="outlined"
          onClick={() => downloadShownRows(shown)}
          disabled={shown.length === 0}
        >
          {t('exportCsv')}
        </Button>
      </Box>
      <BulkBar
        count={selection.selected}
        disabled={reading}
        onAction={openBulk}
        onClear={onClearSelection}
      />
      <AllKeysTable
        rows={shown}
        sort={sort}
        onSort={onSort}
        selected={selected}
        selection={selection}
        onSelect={onSelect}
        onSelectAll={onSelectAll}
        onReadAgain={onReadAgain}
        busy={reading || following}
      />
      {plan && (
        <BulkDialog
          plan={plan}
          refresh={readAgain}
          onClose={() => {
            setPlan(null)
            setSelected(new Set())
          }}
        />
      )}
    </Stack>
  )
}

/** The shown keys' ids and how many of them are selected (what "select all" and the bar use). */
function selectionOf(shown: readonly KeyTableRow[], selected: ReadonlySet<string>) {
  const keyIds = shown.flatMap((row) => (row.kind === 'key' ? [row.id] : []))
  const count = keyIds.reduce((sum, id) => sum + (selected.has(id) ? 1 : 0), 0)
  return { keyIds, selected: count }
}
