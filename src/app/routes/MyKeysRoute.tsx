import Typography from '@mui/material/Typography'
import { useMessages } from '../../lib/i18n'
import { appMessages } from '../messages'

// Filled by the My keys feature.
export function MyKeysRoute() {
  const t = useMessages(appMessages)
  return <Typography variant="h1">{t('navMyKeys')}</Typography>
}
