import TextField from '@mui/material/TextField'
import { useMessages } from '../../lib/i18n'
import { authMessages } from './messages'

export function TokenField(props: {
  value: string
  onChange: (value: string) => void
  error: string | undefined
}) {
  const t = useMessages(authMessages)
  return (
    <TextField
      label={t('token')}
      required
      multiline
      minRows={3}
      autoFocus
      autoComplete="off"
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      error={props.error !== undefined}
      helperText={props.error ?? t('tokenHelp')}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
    />
  )
}
