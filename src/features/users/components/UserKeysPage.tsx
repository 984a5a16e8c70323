import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useErrorReason } from '../../../lib/i18n/errors'
import { PageLoading } from '../../../components/PageLoading'
import { RetryAlert } from '../../../components/RetryAlert'
import { useMessages } from '../../../lib/i18n'
import { useIdentity } from '../../../lib/session'
import { isForbiddenError, isUnknownUserError } from '../errors'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { displayName, roleOf } from '../rules'
import { useRefreshAfterChanges } from '../useRefreshAfterChanges'
import { NoPrivilegeNotice } from './NoPrivilegeNotice'
import { UserBreadcrumbs } from './UserBreadcrumbs'
import { UserGroupsPanel } from './UserGroupsPanel'
import { UserHeader } from './UserHeader'
import { UserNotFound } from './UserNotFound'
import { tabIds, UserTabs, type UserTab } from './UserTabs'

/** What the keys panel needs to know about the user whose page this is. */
export interface ViewedUser {
  id: string
  name: string
  isSelf: boolean
  canUseObjectStorage: boolean
}

interface UserKeysPageProps {
  userId: string
  /** The tab the URL names: `/users/:userId/keys` or `/users/:userId/groups`. */
  tab: UserTab
  /** Shown when the API refuses (403): the signed-in account may not manage users. */
  notPermitted: ReactNode
  /** The keys of the user; the app fills it with the keys feature's panel. */
  keys: (user: ViewedUser) => ReactNode
}

/**
 * A user's page, as DCD › Users & Groups › user: who they are, then the tabs Object Storage Keys
 * (`/users/:userId/keys`) and Groups (`/users/:userId/groups`).
 */
export function UserKeysPage({ userId, tab, notPermitted, keys }: UserKeysPageProps) {
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const identity = useIdentity()
  const user = useQuery(userQueries.detail(userId))
  const groups = useQuery(userQueries.groupsOf(userId))
  const contract = useQuery(userQueries.contract())
  useRefreshAfterChanges(userId, user.data?.s3CanonicalUserId === null)

  if (user.isPending) return <PageLoading label={t('loadingUsers')} />
  if (user.isError) {
    if (isUnknownUserError(user.error)) return <UserNotFound userId={userId} />
    if (isForbiddenError(user.error)) return notPermitted
    return (
      <RetryAlert
        message={t('loadUserFailed', { message: errorReason(user.error) })}
        onRetry={() => void user.refetch()}
      />
    )
  }

  const name = displayName(user.data)
  const isSelf = user.data.id === identity.userId
  const ownerEmail = contract.data?.owner ?? (contract.isError ? null : undefined)
  const role = ownerEmail === undefined ? undefined : roleOf(user.data, ownerEmail)
  // Administrators need no group. When the groups cannot be read, the server decides.
  const canUseObjectStorage =
    user.data.administrator || (groups.data?.some((group) => group.s3Privilege) ?? groups.isError)

  return (
    <Stack spacing={3}>
      <UserBreadcrumbs name={name} />
      <UserHeader user={user.data} role={role} isSelf={isSelf} />
      <Box>
        <UserTabs userId={user.data.id} current={tab} />
        <Box
          role="tabpanel"
          id={tabIds(tab).panel}
          aria-labelledby={tabIds(tab).tab}
          sx={{ pt: 3, borderTop: 1, borderColor: 'divider' }}
        >
          {tab === 'groups' ? (
            <UserGroupsPanel user={user.data} name={name} />
          ) : (
            <Stack spacing={3}>
              {groups.isError && !user.data.administrator && (
                <RetryAlert
                  message={t('loadGroupsFailed', { message: errorReason(groups.error) })}
                  onRetry={() => void groups.refetch()}
                />
              )}
              {groups.data && !canUseObjectStorage && (
                <NoPrivilegeNotice userId={user.data.id} name={name} />
              )}
              {groups.isPending && !user.data.administrator ? (
                <PageLoading label={t('loadingUsers')} />
              ) : (
                keys({ id: user.data.id, name, isSelf, canUseObjectStorage })
              )}
            </Stack>
          )}
        </Box>
      </Box>
    </Stack>
  )
}
