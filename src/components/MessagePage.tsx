import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { Link as RouterLink } from 'react-router'

interface MessagePageProps {
  title: string
  body: string
  /** A way forward, inside the app. */
  action: { to: string; label: string }
}

/** A full-page explanation (not found, not permitted) with one way forward. */
export function MessagePage({ title, body, action }: MessagePageProps) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 640, mx: 'auto', mt: 4 }}>
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h1">{title}</Typography>
        <Typography sx={{ overflowWrap: 'anywhere' }}>{body}</Typography>
        <Button variant="contained" component={RouterLink} to={action.to}>
          {action.label}
        </Button>
      </Stack>
    </Paper>
  )
}
