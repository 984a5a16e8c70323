import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import { useMessages } from '../lib/i18n'
import { appMessages } from './messages'
import { paths } from './pages'

/**
 * The last line for unexpected failures (a render error, a chunk that failed to load). The error
 * itself is not shown: it could carry request details. The way back is a full page load, which also
 * recovers from a broken chunk; this page stays light because it is part of the entry.
 */
export function RouteErrorPage() {
  const t = useMessages(appMessages)
  return (
    <Box role="alert" sx={{ maxWidth: 640, mx: 'auto', mt: 6, p: 3 }}>
      <Typography variant="h1" gutterBottom>
        {t('errorTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('errorBody')}</Typography>
      <Link href={paths.myKeys()} variant="body1">
        {t('backToKeys')}
      </Link>
    </Box>
  )
}
