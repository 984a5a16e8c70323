import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readListQuery, writeListQuery, type UserListQuery } from './list-query'

/** The list's page, search and order, read from and written to the URL. */
export function useUserListQuery() {
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => readListQuery(params), [params])
  const show = useCallback(
    (next: UserListQuery, options?: { replace?: boolean }) =>
      setParams(writeListQuery(next), options),
    [setParams],
  )
  return { query, show }
}
