import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react'
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
import {
  ageHistogram,
  filterRows,
  NO_FILTERS,
  sortRows,
  type Filters,
  type Sort,
  type SortColumn,
} from './filters'
import { FiltersBar } from './FiltersBar'
import { allKeysMessages } from './messages'
import { OwnerLookup } from './OwnerLookup'
import { tableRows } from './rows'
import { ScanBar } from './ScanBar'
import { useAllKeysScan } from './useAllKeysScan'

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
  // Typing stays responsive with 25,000 rows: the table follows a moment later.
  const deferred = useDeferredValue(filters)
  const filtered = useMemo(() => filterRows(rows, deferred), [rows, deferred])
  const shown = useMemo(() => (sort ? sortRows(filtered, sort) : filtered), [filtered, sort])
  const bars = useMemo(
    () => ageHistogram(filterRows(rows, { ...deferred, ageBand: null })),
    [rows, deferred],
  )
  const failedUsers = scan.results.filter((result) => 'error' in result).length
  const keys = rows.filter((row) => row.kind === 'key').length
  const selectedShown = shown.filter((row) => selected.has(row.id))
  const reading = scan.phase.kind === 'reading'

  const onSort = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current?.column === column && current.direction === 'asc' ? 'desc' : 'asc',
    }))
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  const openBulk = (action: BulkAction) => setPlan(planBulk(action, shown, selected))

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1">{t('title')}</Typography>
        <Typography color="text.secondary">
          {t('intro', { concurrency: DEFAULT_CONCURRENCY })}
        </Typography>
      </Box>
      <ScanBar scan={scan} onRefresh={() => void start()} onCancel={cancel} />
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
      <AgeChart
        bars={bars}
        chosen={filters.ageBand}
        onChoose={(ageBand) => setFilters((current) => ({ ...current, ageBand }))}
      />
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
        count={selectedShown.length}
        disabled={reading}
        onAction={openBulk}
        onClear={() => setSelected(new Set())}
      />
      <AllKeysTable
        rows={shown}
        sort={sort}
        onSort={onSort}
        selected={selected}
        onSelect={(id, on) => select([id], on)}
        onSelectAll={(on) =>
          select(
            shown.flatMap((row) => (row.kind === 'key' ? [row.id] : [])),
            on,
          )
        }
        onReadAgain={(row) => void readAgain([row.user])}
        busy={reading || filters !== deferred}
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
