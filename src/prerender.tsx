/*
 * Build-time entry (not part of the browser bundle): renders pages to HTML for
 * scripts/prerender-plugin.ts. Emotion writes each component's styles as <style data-emotion>
 * tags into the markup, which the browser's emotion cache adopts instead of inserting them again.
 */
import InitColorSchemeScript from '@mui/material/InitColorSchemeScript'
import type { ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { App } from './app/App'
import { PRERENDER_LOCALE } from './app/prerendered'
import { COLOR_SCHEME_ATTRIBUTE, themeStorage } from './app/theme'

export { PRERENDERED_PATHS } from './app/prerendered'

async function render(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}

export function prerenderPage(path: string): Promise<string> {
  const Router = ({ children }: { children: ReactNode }) => (
    <StaticRouter location={path}>{children}</StaticRouter>
  )
  return render(<App Router={Router} locale={PRERENDER_LOCALE} />)
}

/**
 * MUI's script that sets the saved or the system's colour scheme on <html>, as the app's theme
 * provider does once it runs: a pre-rendered page then paints in the right colours at once. It is
 * served as a file, because the content security policy allows no inline script.
 */
export async function colorSchemeScript(): Promise<string> {
  const markup = await render(
    <InitColorSchemeScript attribute={COLOR_SCHEME_ATTRIBUTE} {...themeStorage} />,
  )
  const source = /^<script[^>]*>([\s\S]*)<\/script>$/.exec(markup)?.[1]
  if (!source) throw new Error(`InitColorSchemeScript rendered no script: ${markup.slice(0, 80)}`)
  return source
}
