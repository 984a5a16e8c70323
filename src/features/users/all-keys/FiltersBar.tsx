import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { memo, useState } from 'react'
import { useMessages } from '../../../lib/i18n'
import { NO_FILTERS, USER_FILTERS, type Filters, type UserFilter } from './filters'
import { allKeysMessages } from './messages'

const whoLabel = {
  all: 'whoAll',
  atLimit: 'whoAtLimit',
  privilegeNoKey: 'whoPrivilegeNoKey',
  keysNoPrivilege: 'whoKeysNoPrivilege',
  deactivatedWithActiveKeys: 'whoDeactivatedWithActiveKeys',
  notRead: 'whoNotRead',
} as const satisfies Record<UserFilter, string>

interface FiltersBarProps {
  filters: Filters
  onChange: (filters: Filters) => void
  /** The age the "older than" filter starts with: the console's rotation age. */
  rotationDays: number
}

/** Filters that combine: text, state, age, and which users. */
export const FiltersBar = memo(function FiltersBar({
  filters,
  onChange,
  rotationDays,
}: FiltersBarProps) {
  const t = useMessages(allKeysMessages)
  const [days, setDays] = useState(String(filters.olderThan ?? rotationDays))
  const daysValid = /^\d{1,5}$/.test(days.trim()) && Number(days) <= 36_500
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change })
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <TextField
        size="small"
        type="search"
        label={t('filterText')}
        value={filters.text}
        onChange={(event) => set({ text: event.target.value })}
        autoComplete="off"
        sx={{ minWidth: 260, flex: '1 1 260px' }}
      />
      <TextField
        select
        size="small"
        label={t('filterState')}
        value={filters.state}
        onChange={(event) => set({ state: event.target.value as Filters['state'] })}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="any">{t('stateAny')}</MenuItem>
        <MenuItem value="active">{t('stateActive')}</MenuItem>
        <MenuItem value="inactive">{t('stateInactive')}</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label={t('filterWho')}
        value={filters.who}
        onChange={(event) => set({ who: event.target.value as UserFilter })}
        sx={{ minWidth: 220 }}
      >
        {USER_FILTERS.map((who) => (
          <MenuItem key={who} value={who}>
            {t(whoLabel[who])}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.olderThan !== null}
              disabled={!daysValid}
              onChange={(event) => set({ olderThan: event.target.checked ? Number(days) : null })}
            />
          }
          label={t('olderThan')}
        />
        <TextField
          size="small"
          label={t('days')}
          value={days}
          error={!daysValid}
          helperText={daysValid ? undefined : t('olderThanInvalid')}
          onChange={(event) => {
            const text = event.target.value
            setDays(text)
            const valid = /^\d{1,5}$/.test(text.trim()) && Number(text) <= 36_500
            if (filters.olderThan !== null && valid) set({ olderThan: Number(text) })
          }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 110 }}
        />
      </Box>
      <Button
        onClick={() => {
          setDays(String(rotationDays))
          onChange(NO_FILTERS)
        }}
        disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}
      >
        {t('clearFilters')}
      </Button>
    </Box>
  )
})
