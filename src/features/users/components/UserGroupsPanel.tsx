import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Group } from '../../../api/groups'
import type { User } from '../../../api/users'
import { useErrorReason } from '../../../lib/i18n/errors'
import { PageLoading } from '../../../components/PageLoading'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { lossOnLeaving } from '../rules'
import { GrantObjectStorageDialog } from './GrantObjectStorageDialog'
import { RemoveFromGroupDialog } from './RemoveFromGroupDialog'
import { RetryAlert } from '../../../components/RetryAlert'
import { UserGroupsTable } from './UserGroupsTable'

/** The keys tab's "Add to a group…" leads here with this state: the dialog opens at once. */
export const OPEN_ADD_TO_GROUP = { addToGroup: true } as const

function asksToAdd(state: unknown): boolean {
  return !!state && typeof state === 'object' && 'addToGroup' in state && !!state.addToGroup
}

/** `/users/:userId/groups`: the groups a user is in, and adding or removing them. */
export function UserGroupsPanel({ user, name }: { user: User; name: string }) {
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const location = useLocation()
  const navigate = useNavigate()
  const groups = useQuery(userQueries.groupsOf(user.id))
  const [adding, setAdding] = useState(() => asksToAdd(location.state))
  const [removing, setRemoving] = useState<Group | null>(null)

  const closeAdding = () => {
    setAdding(false)
    // A reload, or Back to this entry, should not open the dialog again.
    if (asksToAdd(location.state)) {
      void navigate(location, { replace: true, state: { ...location.state, addToGroup: false } })
    }
  }

  if (groups.isPending) return <PageLoading label={t('loadingGroups')} />
  if (groups.isError) {
    return (
      <RetryAlert
        message={t('grantLoadFailed', { message: errorReason(groups.error) })}
        onRetry={() => void groups.refetch()}
      />
    )
  }

  const privileged = groups.data.some((group) => group.s3Privilege)
  return (
    <Stack spacing={2}>
      <Typography>{t('groupsIntro')}</Typography>
      {user.administrator ? (
        <Alert severity="info">{t('groupsAdministrator', { name })}</Alert>
      ) : (
        !privileged && <Alert severity="warning">{t('noPrivilegeTitle', { name })}</Alert>
      )}
      <div>
        <Button variant="contained" onClick={() => setAdding(true)}>
          {t('grantAction')}
        </Button>
      </div>
      <UserGroupsTable groups={groups.data} name={name} onRemove={setRemoving} />
      {adding && (
        <GrantObjectStorageDialog
          userId={user.id}
          name={name}
          memberOf={groups.data.map((group) => group.id)}
          onClose={closeAdding}
        />
      )}
      {removing && (
        <RemoveFromGroupDialog
          userId={user.id}
          name={name}
          group={removing}
          loss={lossOnLeaving(user, groups.data, removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  )
}
