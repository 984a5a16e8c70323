import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { CopyButton } from './CopyButton'

interface IdLineProps {
  label: string
  value: string
  help: string
  /** What the copy button names; the label when missing. */
  what?: string
}

/** A labelled identifier in monospace with a copy button and one line on what it is for. */
export function IdLine({ label, value, help, what }: IdLineProps) {
  const labelId = useId()
  return (
    <Stack role="group" aria-labelledby={labelId}>
      <Typography id={labelId} variant="subtitle2" component="span">
        {label}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Typography component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
          {value}
        </Typography>
        <CopyButton value={value} what={what ?? label} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {help}
      </Typography>
    </Stack>
  )
}
