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
import { useKnownIdentity } from '../lib/session'
import { PageLoading } from '../components/PageLoading'
import { LanguageMenu } from './LanguageMenu'
import { appMessages } from './messages'
import { navigationFor, navigationPageAt } from './navigation'
import { paths } from './pages'
import { ThemeModeButton } from './ThemeModeButton'
import { UserMenu } from './UserMenu'

export function Layout() {
  const t = useMessages(appMessages)
  const identity = useKnownIdentity()
  // Regular users never see the administration area (the route also refuses them). Until the
  // identity is known, nobody does: its links appear at the end, moving nothing.
  const items = navigationFor(identity)
  const current = navigationPageAt(useLocation().pathname)
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
          {items.map((page) => (
            <Button
              key={page.id}
              component={Link}
              to={paths[page.id]()}
              // Users & groups also on a user's page (`under` in the page table), not on All keys.
              aria-current={page.id === current ? 'page' : undefined}
              color="inherit"
              sx={navigationLinkSx}
            >
              {t(page.navigation)}
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
// (see navigationPageAt), shown underlined and bold.
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
