import { PAGES } from '../../app/pages'

/** The signed-in frame around every page but the sign-in (src/app/router.tsx loads it lazily). */
const FRAME_SOURCE = 'src/app/Layout.tsx'

/**
 * For each pre-rendered page, the sources of the code it runs beyond the entry: the build plugin
 * (scripts/prerender-plugin.ts) names their chunks in the page's HTML, so that they download with
 * the entry instead of after it has run.
 */
export const PAGE_SOURCES: Record<string, readonly string[]> = Object.fromEntries(
  PAGES.filter((page) => 'prerendered' in page).map((page) => [
    page.path,
    [
      ...(page.audience === 'visitors' ? [] : [FRAME_SOURCE]),
      `src/app/routes/${page.component}.tsx`,
    ],
  ]),
)
