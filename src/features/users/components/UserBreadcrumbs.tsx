import Breadcrumbs from '@mui/material/Breadcrumbs'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import { Link as RouterLink, useLocation } from 'react-router'
import { useMessages } from '../../../lib/i18n'
import { paths } from '../../../app/pages'
import { userMessages } from '../messages'

/** The list's search and page, when the user came from there (the row link passes them). */
function listSearch(state: unknown): string {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    if (state.from === '' || state.from.startsWith('?')) return state.from
  }
  return ''
}

export function UserBreadcrumbs({ name }: { name: string }) {
  const t = useMessages(userMessages)
  const location = useLocation()
  return (
    <Breadcrumbs aria-label={t('breadcrumb')}>
      <Link component={RouterLink} to={paths.users() + listSearch(location.state)}>
        {t('title')}
      </Link>
      <Typography color="text.primary" aria-current="page" sx={{ overflowWrap: 'anywhere' }}>
        {name}
      </Typography>
    </Breadcrumbs>
  )
}
