import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'
import { useMessages } from '../../../lib/i18n'
import { keyMessages } from '../messages'

interface KeysEmptyStateProps {
  body: string
  /** The Generate button, when the user may generate. */
  action?: ReactNode
}

export function KeysEmptyState({ body, action }: KeysEmptyStateProps) {
  const t = useMessages(keyMessages)
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
          {t('emptyTitle')}
        </Typography>
        <Typography>{body}</Typography>
        {action}
      </Stack>
    </Paper>
  )
}
