import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import { Link, useLocation } from 'react-router'
import { useMessages } from '../../../lib/i18n'
import { paths } from '../../../app/pages'
import { userMessages } from '../messages'
import { OPEN_ADD_TO_GROUP } from './UserGroupsPanel'

/**
 * Why this user cannot have keys, and the way to change that: the Groups tab, with the dialog
 * that adds them to a group with "Use Object Storage" already open.
 */
export function NoPrivilegeNotice({ userId, name }: { userId: string; name: string }) {
  const t = useMessages(userMessages)
  const { state } = useLocation()
  const carried = state && typeof state === 'object' ? state : {}
  return (
    <Alert
      severity="warning"
      action={
        <Button
          color="inherit"
          size="small"
          component={Link}
          to={paths.user({ userId, tab: 'groups' })}
          state={{ ...carried, ...OPEN_ADD_TO_GROUP }}
        >
          {t('grantAction')}
        </Button>
      }
      sx={{ alignItems: 'center' }}
    >
      <AlertTitle component="h2">{t('noPrivilegeTitle', { name })}</AlertTitle>
      {t('noPrivilegeBody', { name })}
    </Alert>
  )
}
