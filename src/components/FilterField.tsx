import FormControl from '@mui/material/FormControl'
import InputLabel from '@mui/material/InputLabel'
import OutlinedInput from '@mui/material/OutlinedInput'
import { useId } from 'react'

interface FilterFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
}

/**
 * A labelled search box. Built from the input parts rather than TextField, which would bring the
 * select machinery into the /keys bundle.
 */
export function FilterField({ label, value, onChange }: FilterFieldProps) {
  const id = useId()
  return (
    <FormControl size="small" sx={{ maxWidth: 360 }}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
      />
    </FormControl>
  )
}
