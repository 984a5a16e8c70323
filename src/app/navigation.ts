import { pageAt, PAGES, type Page, type PageId } from './pages'

/**
 * The pages whose links the main navigation offers, in the table's order. Pages for
 * administrators only once the identity (undefined until known) says the user is one.
 */
export function navigationFor(identity: { isAdministrator: boolean } | undefined) {
  return PAGES.filter(
    (page): page is Extract<Page, { navigation: string }> =>
      'navigation' in page && (page.audience !== 'administrators' || !!identity?.isAdministrator),
  )
}

/** The page whose navigation link is current at `pathname`. */
export function navigationPageAt(pathname: string): PageId | undefined {
  const page = pageAt(pathname)
  return page && 'under' in page ? page.under : page?.id
}
