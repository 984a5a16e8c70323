import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { useMessages } from '../../lib/i18n'
import { useSession } from '../../lib/session'
import { HOME, paths } from '../../app/pages'
import { DemoAccountsNote } from './DemoAccountsNote'
import { authMessages } from './messages'
import { SignInForm } from './SignInForm'

/** Where to go after signing in: back where the visitor was headed, never off-site. */
function destination(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    if (
      state.from.startsWith('/') &&
      !state.from.startsWith('//') &&
      state.from !== paths.login()
    ) {
      return state.from
    }
  }
  return paths[HOME]()
}

export function LoginPage({ productName }: { productName: string }) {
  const t = useMessages(authMessages)
  const { state } = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const next = destination(location.state)

  if (state.status === 'signed-in') return <Navigate to={next} replace />
  return (
    <Box component="main" sx={mainSx}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 440, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={2}>
          <Typography variant="overline" component="p">
            {productName}
          </Typography>
          <Typography variant="h1">{t('title')}</Typography>
          <Typography color="text.secondary">{t('intro')}</Typography>
          {state.status === 'signed-out' && state.reason === 'expired' && (
            <Alert severity="info">{t('sessionExpiredNote')}</Alert>
          )}
          <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
          <DemoAccountsNote />
        </Stack>
      </Paper>
    </Box>
  )
}

// Near the top, not centred: the browser may paint the pre-rendered page before it has read all
// of it, and a centred card that then grows would move up (a layout shift); this one grows down.
const mainSx = {
  minHeight: '100vh',
  display: 'grid',
  justifyItems: 'center',
  alignContent: 'start',
  p: 2,
  pt: { xs: 2, sm: '12vh' },
} as const
