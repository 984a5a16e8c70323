import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import { useState } from 'react'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'
import { GrantObjectStorageDialog } from './GrantObjectStorageDialog'

interface NoPrivilegeNoticeProps {
  userId: string
  name: string
  /** The groups the user is in already (not offered again). */
  memberOf: readonly string[]
}

/** Why this user cannot have keys, and the way to change that. */
export function NoPrivilegeNotice({ userId, name, memberOf }: NoPrivilegeNoticeProps) {
  const t = useMessages(userMessages)
  const [open, setOpen] = useState(false)
  return (
    <>
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={() => setOpen(true)}>
            {t('grantAction')}
          </Button>
        }
        sx={{ alignItems: 'center' }}
      >
        <AlertTitle component="h2">{t('noPrivilegeTitle', { name })}</AlertTitle>
        {t('noPrivilegeBody', { name })}
      </Alert>
      {open && (
        <GrantObjectStorageDialog
          userId={userId}
          name={name}
          memberOf={memberOf}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
