import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import { useId } from 'react'
import type { Group } from '../../../api/groups'

interface GroupChoiceProps {
  label: string
  groups: readonly Group[]
  value: string
  onChange: (groupId: string) => void
  disabled: boolean
}

/** One group out of several, as radio buttons; the first has focus when the dialog opens. */
export function GroupChoice({ label, groups, value, onChange, disabled }: GroupChoiceProps) {
  const labelId = useId()
  return (
    <FormControl disabled={disabled}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {groups.map((group, index) => (
          <FormControlLabel
            key={group.id}
            value={group.id}
            label={group.name}
            control={<Radio slotProps={{ input: { autoFocus: index === 0 } }} />}
          />
        ))}
      </RadioGroup>
    </FormControl>
  )
}
