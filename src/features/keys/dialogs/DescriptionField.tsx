import TextField from '@mui/material/TextField'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'
import { MAX_DESCRIPTION_LENGTH, descriptionProblem } from '../rules'

interface DescriptionFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
  autoFocus?: boolean
}

/** The problem with a description as a sentence, or null when it may be sent. */
export function useDescriptionError(value: string): string | null {
  const t = useMessages(keyMessages)
  const problem = descriptionProblem(value)
  if (problem === null) return null
  return t(problem, { max: MAX_DESCRIPTION_LENGTH, count: [...value].length })
}

/** Checked while typing, with the console's own rule (rules.ts: IONOS documents no limit). */
export function DescriptionField({ label, value, onChange, ...rest }: DescriptionFieldProps) {
  const t = useMessages(keyMessages)
  const error = useDescriptionError(value)
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== null}
      helperText={error ?? t('descriptionHelp', { max: MAX_DESCRIPTION_LENGTH })}
      fullWidth
      autoComplete="off"
      {...rest}
    />
  )
}
