import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Link from '@mui/material/Link'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'
import { Link as RouterLink } from 'react-router'
import { paths } from '../../../app/pages'
import { CopyButton } from '../../../components/CopyButton'
import { formatDate, useLocale, useMessages } from '../../../lib/i18n'
import type { Sort, SortColumn } from './filters'
import { allKeysMessages } from './messages'
import type { KeyTableRow } from './rows'

interface AllKeysTableProps {
  rows: readonly KeyTableRow[]
  sort: Sort | null
  onSort: (column: SortColumn) => void
  selected: ReadonlySet<string>
  /** The shown keys and how many of them are selected (counted once per change, not per render). */
  selection: { keyIds: readonly string[]; selected: number }
  onSelect: (accessKey: string, selected: boolean) => void
  onSelectAll: (selected: boolean) => void
  onReadAgain: (row: KeyTableRow) => void
  busy: boolean
}

const ROW_HEIGHT = 45
const COLUMNS = 7

/** "00000Du4…Pouw": enough of both ends to tell keys apart. */
const shortKey = (key: string) => (key.length <= 16 ? key : `${key.slice(0, 8)}…${key.slice(-4)}`)

/**
 * Only the rows in view are in the DOM (25,000 keys would be 25,000 rows): spacer rows above and
 * below keep the scroll height, `aria-rowcount`/`aria-rowindex` tell assistive technology where a
 * row is. The frame scrolls by keyboard too (focusable).
 */
export const AllKeysTable = memo(function AllKeysTable(props: AllKeysTableProps) {
  const t = useMessages(allKeysMessages)
  const frame = useRef<HTMLDivElement>(null)
  // The virtualizer changes its own state on scroll; the compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => frame.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the frame: each one is rendered again on every filter or sort change.
    overscan: 6,
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const keyCount = props.selection.keyIds.length
  const allSelected = keyCount > 0 && props.selection.selected === keyCount
  const someSelected = props.selection.selected > 0
  const header = (column: SortColumn, label: string) => (
    <TableCell
      sortDirection={props.sort?.column === column ? (props.sort?.direction ?? 'asc') : false}
    >
      <TableSortLabel
        active={props.sort?.column === column}
        direction={props.sort?.column === column ? (props.sort?.direction ?? 'asc') : 'asc'}
        onClick={() => props.onSort(column)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  )
  return (
    <Box
      ref={frame}
      tabIndex={0}
      role="region"
      aria-label={t('tableLabel')}
      sx={{
        maxHeight: '70vh',
        overflow: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Table
        stickyHeader
        size="small"
        aria-label={t('tableLabel')}
        aria-rowcount={props.rows.length + 1}
        aria-busy={props.busy}
        sx={{ minWidth: 760 }}
      >
        <TableHead>
          <TableRow aria-rowindex={1}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                disabled={keyCount === 0}
                onChange={(event) => props.onSelectAll(event.target.checked)}
                slotProps={{ input: { 'aria-label': t('selectAll', { count: keyCount }) } }}
              />
            </TableCell>
            {header('user', t('colUser'))}
            {header('email', t('colEmail'))}
            {header('accessKey', t('colAccessKey'))}
            {header('active', t('colActive'))}
            <TableCell>{t('colCreated')}</TableCell>
            {header('age', t('colAge'))}
          </TableRow>
        </TableHead>
        <TableBody>
          {before > 0 && <Spacer height={before} />}
          {items.map((item) => {
            const row = props.rows[item.index] as KeyTableRow
            // Keyed by place, not by key: after a sort or a filter the rows in view take the new
            // rows' values instead of being unmounted and mounted again (MUI rows are costly to
            // mount); the copy button alone is the key's own, so its "copied" tick stays with it.
            return (
              <Row
                key={item.index}
                row={row}
                index={item.index}
                measure={virtualizer.measureElement}
                selected={props.selected.has(row.id)}
                onSelect={props.onSelect}
                onReadAgain={props.onReadAgain}
              />
            )
          })}
          {after > 0 && <Spacer height={after} />}
          {props.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS}>{t('empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  )
})

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
  )
}

interface RowProps {
  row: KeyTableRow
  index: number
  measure: (element: Element | null) => void
  selected: boolean
  onSelect: (accessKey: string, selected: boolean) => void
  onReadAgain: (row: KeyTableRow) => void
}

// Memoized: a keystroke renders the page again before the table follows; rows that stay in view
// are not rendered again then, nor when the selection of another row changes.
const Row = memo(function Row({ row, index, measure, selected, onSelect, onReadAgain }: RowProps) {
  const t = useMessages(allKeysMessages)
  const { locale } = useLocale()
  const { user } = row
  const created = row.createdDate ? new Date(row.createdDate) : null
  return (
    <TableRow ref={measure} data-index={index} aria-rowindex={index + 2} selected={selected}>
      <TableCell padding="checkbox">
        {row.accessKey !== null && (
          <Checkbox
            checked={selected}
            onChange={(event) => onSelect(row.id, event.target.checked)}
            slotProps={{
              input: { 'aria-label': t('selectKey', { key: row.accessKey, name: user.name }) },
            }}
          />
        )}
      </TableCell>
      <TableCell component="th" scope="row">
        <Link
          component={RouterLink}
          to={paths.user({ userId: user.id, tab: 'keys' })}
          aria-label={t('keysOf', { name: user.name })}
        >
          {user.name}
        </Link>
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>{user.email}</TableCell>
      {row.accessKey === null ? (
        <TableCell colSpan={4}>
          {row.kind === 'no-keys' ? t('noKeys') : t('notRead', { reason: row.error ?? '' })}
          {row.kind === 'not-read' && (
            <Button size="small" sx={{ ml: 1 }} onClick={() => onReadAgain(row)}>
              {t('readAgainUser')}
            </Button>
          )}
        </TableCell>
      ) : (
        <>
          <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
            <span title={row.accessKey}>{shortKey(row.accessKey)}</span>
            <CopyButton key={row.id} value={row.accessKey} what={t('colAccessKey')} />
          </TableCell>
          <TableCell>{row.active ? t('active') : t('inactive')}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            {created && !Number.isNaN(created.getTime()) ? formatDate(created, locale) : '–'}
          </TableCell>
          <TableCell>{row.ageDays ?? '–'}</TableCell>
        </>
      )}
    </TableRow>
  )
})
