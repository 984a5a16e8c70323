import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { Link as RouterLink } from 'react-router'

interface MessagePageProps {
  title: string
  body: string
  /** A way back; `reload` makes it a full page load, which also recovers from a broken chunk. */
  action: { to: string; label: string; reload?: boolean }
}

/** A full-page explanation (not found, not permitted, unexpected error) with one way forward. */
export function MessagePage({ title, body, action }: MessagePageProps) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 640, mx: 'auto', mt: 4 }}>
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h1">{title}</Typography>
        <Typography sx={{ overflowWrap: 'anywhere' }}>{body}</Typography>
        {action.reload ? (
          <Button variant="contained" href={action.to}>
            {action.label}
          </Button>
        ) : (
          <Button variant="contained" component={RouterLink} to={action.to}>
            {action.label}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}
