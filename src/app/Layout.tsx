import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import MuiLink from '@mui/material/Link'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import { Suspense } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { useMessages } from '../lib/i18n'
import { useKnownIdentity, type Identity } from '../lib/session'
import { PageLoading } from '../components/PageLoading'
import { LanguageMenu } from './LanguageMenu'
import { appMessages } from './messages'
import { ThemeModeButton } from './ThemeModeButton'
import { UserMenu } from './UserMenu'

function useNavigationItems(identity: Identity | undefined) {
  const t = useMessages(appMessages)
  const items = [{ to: '/keys', label: t('navMyKeys') }]
  // Regular users never see the administration area (the route also refuses them). Until the
  // identity is known, nobody does: the link appears at the end, moving nothing.
  if (identity?.isAdministrator) {
    items.push({ to: '/users', label: t('navUsers') }, { to: ALL_KEYS, label: t('navAllKeys') })
  }
  return items
}

const ALL_KEYS = '/users/keys'

/** The current page's link: Users & groups also on a user's page, but not on All keys. */
function isCurrent(to: string, path: string): boolean {
  if (to === '/users') return (path === to || path.startsWith('/users/')) && path !== ALL_KEYS
  return path === to || path.startsWith(`${to}/`)
}

export function Layout() {
  const t = useMessages(appMessages)
  const identity = useKnownIdentity()
  const items = useNavigationItems(identity)
  const location = useLocation()
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <MuiLink href="#main" className="skip-link" sx={skipLinkSx}>
        {t('skipToContent')}
      </MuiLink>
      <AppBar position="static" color="primary" enableColorOnDark>
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 600, mr: 'auto' }}>
            {t('productName')}
          </Typography>
          <LanguageMenu />
          <ThemeModeButton />
          {identity && <UserMenu identity={identity} />}
        </Toolbar>
        <Box
          component="nav"
          aria-label={t('mainNavigation')}
          sx={{ display: 'flex', px: { sm: 2 } }}
        >
          {items.map((item) => (
            <Button
              key={item.to}
              component={Link}
              to={item.to}
              aria-current={isCurrent(item.to, location.pathname) ? 'page' : undefined}
              color="inherit"
              sx={navigationLinkSx}
            >
              {item.label}
            </Button>
          ))}
        </Box>
      </AppBar>
      <Container component="main" id="main" tabIndex={-1} maxWidth="lg" sx={{ py: 3, flex: 1 }}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  )
}

// Links, not tabs: the navigation goes to other pages. The current one has aria-current="page"
// (see isCurrent), shown underlined and bold.
const navigationLinkSx = {
  minHeight: 48,
  px: 2,
  borderRadius: 0,
  borderBottom: 2,
  borderColor: 'transparent',
  fontWeight: 500,
  '&[aria-current="page"]': { borderColor: 'currentColor', fontWeight: 700 },
} as const

const skipLinkSx = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  p: 1,
  bgcolor: 'background.paper',
  '&:focus': { top: 8 },
} as const
