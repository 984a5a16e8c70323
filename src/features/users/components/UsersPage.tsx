import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PageLoading } from '../../../components/PageLoading'
import { useMessages } from '../../../lib/i18n'
import { SignedInPart } from '../../../lib/session'
import { isForbiddenError } from '../errors'
import { InventoryExport } from '../inventory/InventoryExport'
import type { UserListQuery } from '../list-query'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { useUserListQuery } from '../useUserListQuery'
import { UsersOfContract } from './UsersOfContract'

/**
 * `/users`: the contract's users. Heading and introduction do not depend on who is signed in: they
 * are in the page's pre-rendered HTML and stay while the rest, which waits until the session is
 * confirmed, appears around and below them.
 */
export function UsersPage({ notPermitted }: { notPermitted: ReactNode }) {
  const t = useMessages(userMessages)
  const { query } = useUserListQuery()
  if (useReadRefused(query)) return notPermitted
  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('title')}</Typography>
        <Typography color="text.secondary">{t('intro')}</Typography>
        <SignedInPart>{() => <InventoryExport />}</SignedInPart>
      </Stack>
      {/*
       * Its own placeholder: the search appears above the list's, and this one, moved down by it,
       * would count as a layout shift; gone and replaced, it does not.
       */}
      <SignedInPart fallback={<PageLoading key="identity" label={t('loadingUsers')} />}>
        {(identity) => <UsersOfContract selfId={identity.userId} />}
      </SignedInPart>
    </Stack>
  )
}

/**
 * Whether the API refused to list the contract's users or groups (403): then the whole page is
 * "not permitted". It only watches what UsersOfContract reads (and the warm-up read ahead); it
 * reads nothing itself. A refusal arrives only after the page has been taken over from its HTML
 * (the reads begin in an effect), so the first render always matches the pre-rendered page.
 */
function useReadRefused(query: UserListQuery): boolean {
  const list = useQuery({ ...userQueries.list(query), enabled: false })
  const groups = useQuery({ ...userQueries.allGroups(), enabled: false })
  return [list.error, groups.error].some(isForbiddenError)
}
