import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Stack from '@mui/material/Stack'
import TableSortLabel from '@mui/material/TableSortLabel'
import Typography from '@mui/material/Typography'
import type { Theme } from '@mui/material/styles'
import { useDeferredValue, useMemo, useState } from 'react'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages, type KeyMessageKey } from '../messages'
import { DEFAULT_SORT, filterKeys, nextSort, sortKeys, type Sort, type SortField } from '../sorting'
import { FilterField } from '../../../components/FilterField'
import type { KeyAbilities, ListAbilities } from '../model/abilities'
import { KeyTableRow, type KeyActions } from './KeyTableRow'

interface KeysTableProps {
  keys: readonly KeyRow[]
  label: string
  /** What the viewer may do: which columns there are, and each row's switch and buttons. */
  abilities: KeyAbilities
  actions: KeyActions
}

interface Column {
  label: KeyMessageKey
  field?: SortField
  show: (list: ListAbilities) => boolean
  align?: 'right'
}

const COLUMNS: Column[] = [
  { label: 'columnAccessKey', field: 'accessKey', show: () => true },
  { label: 'columnDescription', field: 'description', show: (list) => list.describes },
  { label: 'columnActive', field: 'active', show: () => true },
  { label: 'columnStatus', field: 'status', show: (list) => list.describes },
  { label: 'columnCreated', field: 'createdDate', show: () => true },
  { label: 'columnActions', show: (list) => list.acts, align: 'right' },
]

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

export function KeysTable({ keys, label, abilities, actions }: KeysTableProps) {
  const { list } = abilities
  const t = useMessages(keyMessages)
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT)
  const [filter, setFilter] = useState('')
  const deferredFilter = useDeferredValue(filter)
  const shown = useMemo(
    () => sortKeys(filterKeys(keys, deferredFilter), sort),
    [keys, deferredFilter, sort],
  )
  const visibleColumns = COLUMNS.filter((column) => column.show(list))
  return (
    <Stack spacing={2}>
      <FilterField
        label={t(list.describes ? 'filterLabel' : 'filterLabelKeyOnly')}
        value={filter}
        onChange={setFilter}
      />
      <TableContainer component={Paper} variant="outlined">
        <Table aria-label={label} sx={tableSx}>
          <TableHead>
            <TableRow>
              {visibleColumns.map((column) => {
                const active = column.field !== undefined && sort.field === column.field
                return (
                  <TableCell
                    key={column.label}
                    align={column.align}
                    aria-sort={active ? ARIA_SORT[sort.direction] : undefined}
                  >
                    {column.field === undefined ? (
                      t(column.label)
                    ) : (
                      <SortHeader
                        label={t(column.label)}
                        active={active}
                        direction={active ? sort.direction : 'asc'}
                        onClick={() => setSort(nextSort(sort, column.field ?? sort.field))}
                      />
                    )}
                  </TableCell>
                )
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((key) => (
              <KeyTableRow
                key={key.accessKey}
                keyRow={key}
                list={list}
                can={abilities.of(key)}
                actions={actions}
              />
            ))}
          </TableBody>
        </Table>
        <Typography role="status" sx={{ px: 2, py: shown.length === 0 ? 2 : 0 }}>
          {shown.length === 0 ? t('noMatch', { filter: deferredFilter.trim() }) : null}
        </Typography>
      </TableContainer>
    </Stack>
  )
}

function SortHeader(props: {
  label: string
  active: boolean
  direction: 'asc' | 'desc'
  onClick: () => void
}) {
  return (
    <TableSortLabel active={props.active} direction={props.direction} onClick={props.onClick}>
      {props.label}
    </TableSortLabel>
  )
}

// The row's hover colour over the sticky cell's own opaque background, so it covers that cell too.
const hover = 'linear-gradient(var(--mui-palette-action-hover), var(--mui-palette-action-hover))'

/**
 * From 600 px: a table. Narrower than 900 px, the access key column stays in view while the rest
 * scrolls sideways, so the switch and the buttons at the end are still seen next to the key they
 * act on. Below 600 px (a phone) every key is a card: its cells one below the other, each named
 * by its column (`data-label`), and the column headers a row of sort buttons above the cards, so
 * nothing scrolls sideways and the switch is always in view.
 */
const tableSx = (theme: Theme) => ({
  minWidth: 640,
  '& thead th:first-of-type, & tbody th[scope="row"]': {
    position: { xs: 'sticky', md: 'static' },
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    boxShadow: { xs: 'inset -1px 0 0 var(--mui-palette-divider)', md: 'none' },
  },
  '& tbody tr:hover > th[scope="row"]': { backgroundImage: hover },
  [theme.breakpoints.down('sm')]: {
    minWidth: 0,
    display: 'block',
    '& thead, & tbody': { display: 'block' },
    '& thead tr': { display: 'flex', flexWrap: 'wrap', columnGap: 2, px: 1, py: 0.5 },
    '& thead th': { display: 'block', border: 0, p: 0.5 },
    // Above the cards the headers are sort buttons; one that does not sort is left out.
    '& thead th:not(:has(.MuiTableSortLabel-root))': { display: 'none' },
    '& thead th:first-of-type, & tbody th[scope="row"]': { position: 'static', boxShadow: 'none' },
    '& tbody tr': {
      display: 'block',
      m: 1,
      py: 0.5,
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
    },
    '& tbody th, & tbody td': {
      display: 'block',
      border: 0,
      px: 1.5,
      py: 0.5,
      maxWidth: 'none',
      textAlign: 'left',
      bgcolor: 'transparent',
    },
    '& tbody td[data-label]::before': {
      content: 'attr(data-label)',
      display: 'block',
      ...theme.typography.caption,
      color: 'text.secondary',
    },
  },
})
