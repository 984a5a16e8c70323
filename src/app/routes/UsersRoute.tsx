import Typography from '@mui/material/Typography'
import { useMessages } from '../../lib/i18n'
import { appMessages } from '../messages'

// Filled by the Users & groups feature.
export function UsersRoute() {
  const t = useMessages(appMessages)
  return <Typography variant="h1">{t('navUsers')}</Typography>
}
