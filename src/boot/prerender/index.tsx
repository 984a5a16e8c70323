/*
 * Build-time entry (not part of the browser bundle): renders pages to HTML for
 * scripts/prerender-plugin.ts. Emotion writes each component's styles as <style data-emotion>
 * tags into the markup; the plugin gathers them in the head, where the browser's emotion cache
 * finds them instead of inserting them again (src/boot/styleCache.ts).
 */
import InitColorSchemeScript from '@mui/material/InitColorSchemeScript'
import { ThemeProvider } from '@mui/material/styles'
import type { ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { AppFrame } from '../../app/AppFrame'
import { createQueryClient } from '../../app/queryClient'
import {
  PRERENDER_LOCALE,
  PRERENDERED_PAGES,
  SAVED_SESSION_ATTRIBUTE,
  type PrerenderedPath,
} from '../prerendered'
import { LOCALE_PENDING_ATTRIBUTE } from '../prerenderedLanguage'
import { appTheme, COLOR_SCHEME_ATTRIBUTE, themeStorage } from '../../app/theme'
import type { Locale } from '../../lib/i18n'
import { laterLooks } from './laterLooks'

export { PRERENDERED_PATHS } from '../prerendered'
export { PAGE_SOURCES } from './pageSources'
export { prerenderedTemplateId, TEMPLATE_LOCALES } from '../prerenderedLanguage'
export { THEME_SHEET_ID } from '../../app/theme'
export { PRERENDERED_STYLES_ATTRIBUTE } from '../styleCache'

async function render(element: ReactNode): Promise<string> {
  // Every boundary inline: React would move a large one out to be revealed by an inline script,
  // which the content security policy refuses.
  const { prelude } = await prerender(element, { progressiveChunkSize: Number.POSITIVE_INFINITY })
  return new Response(prelude).text()
}

/** A router that stays at `path`. */
const routerAt = (path: PrerenderedPath) =>
  function Router({ children }: { children: ReactNode }) {
    return <StaticRouter location={path}>{children}</StaticRouter>
  }

export function prerenderPage(
  path: PrerenderedPath,
  locale: Locale = PRERENDER_LOCALE,
): Promise<string> {
  // The theme's variables are not in the markup: the build writes them into every page's head.
  return render(
    <AppFrame
      Router={routerAt(path)}
      locale={locale}
      session={PRERENDERED_PAGES[path]}
      queryClient={createQueryClient()}
      themeSheetIsStatic
    />,
  )
}

/**
 * The markup of a page as it looks once signed in, while its data loads and once it is in (made
 * up, see laterLooks), for its styles only; '' for a page without later looks.
 */
export async function prerenderLaterLooks(path: PrerenderedPath): Promise<string> {
  const looks = laterLooks(path).map(({ identity, queryClient }) =>
    render(
      <AppFrame
        Router={routerAt(path)}
        locale={PRERENDER_LOCALE}
        session={{ status: 'signed-in', identity }}
        queryClient={queryClient}
        themeSheetIsStatic
      />,
    ),
  )
  return (await Promise.all(looks)).join('')
}

/**
 * The theme's CSS variables for both colour schemes, as its provider inserts them in the browser.
 * They are the same for every page and visitor: the build writes them into each HTML file.
 */
export async function themeSheet(): Promise<string> {
  const markup = await render(
    <ThemeProvider theme={appTheme()} {...themeStorage}>
      <i />
    </ThemeProvider>,
  )
  const sheets = [...markup.matchAll(/<style data-emotion="css-global [^"]*">([^<]*)<\/style>/g)]
  if (sheets.length === 0)
    throw new Error(`The theme rendered no style sheet: ${markup.slice(0, 80)}`)
  return sheets.map((sheet) => sheet[1]).join('')
}

/**
 * Hides the page from visitors it was not rendered for (see SAVED_SESSION_ATTRIBUTE), and from a
 * visitor of another language until the head script has put that language in #root.
 */
export function pageStyle(path: PrerenderedPath): string {
  const saved = `[${SAVED_SESSION_ATTRIBUTE}]`
  const others = PRERENDERED_PAGES[path] === 'restoring' ? `:not(${saved})` : saved
  return `html${others} #root[data-prerendered],html[${LOCALE_PENDING_ATTRIBUTE}] #root[data-prerendered]{visibility:hidden}`
}

/**
 * MUI's script that sets the saved or the system's colour scheme on <html>, as the app's theme
 * provider does once it runs: a pre-rendered page then paints in the right colours at once. The
 * build puts it first in the head script's file (src/boot/head.ts: the rest), because the content
 * security policy allows no inline script.
 */
export async function colorSchemeScript(): Promise<string> {
  const markup = await render(
    <InitColorSchemeScript attribute={COLOR_SCHEME_ATTRIBUTE} {...themeStorage} />,
  )
  const source = /^<script[^>]*>([\s\S]*)<\/script>$/.exec(markup)?.[1]
  if (!source) throw new Error(`InitColorSchemeScript rendered no script: ${markup.slice(0, 80)}`)
  return source
}
