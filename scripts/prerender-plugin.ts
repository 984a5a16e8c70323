import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { chunkKeyOf, entryKeyOf, readManifest, staticClosure } from './bundle-size.ts'
import { headScript } from './head-script.ts'

interface PrerenderModule {
  PRERENDERED_PATHS: readonly string[]
  PAGE_SOURCES: Record<string, readonly string[]>
  TEMPLATE_LOCALES: readonly string[]
  prerenderedTemplateId: (locale: string) => string
  prerenderPage: (path: string, locale?: string) => Promise<string>
  prerenderLaterLooks: (path: string) => Promise<string>
  pageStyle: (path: string) => string
  colorSchemeScript: () => Promise<string>
  themeSheet: () => Promise<string>
  THEME_SHEET_ID: string
  PRERENDERED_STYLES_ATTRIBUTE: string
}

const EMOTION_STYLE = /<style data-emotion="([^"]*)">([^<]*)<\/style>/g

/**
 * After the browser build, renders the pages of src/boot/prerendered.ts to HTML (src/boot/prerender/index.tsx,
 * built for Node in production mode so that emotion's class names match the browser's) and writes
 * each into a copy of index.html: `/login` becomes `login/index.html`, which static hosting serves
 * for `/login` before the SPA fallback. The page then paints before its JavaScript has arrived.
 * Each also names its code up front (PAGE_SOURCES, from the page table src/app/pages.ts), so that
 * it downloads with the entry instead of after it has run: one round trip less on a cold load of a
 * bookmark or a reload, and the code that hydration waits for. At low priority, so that the entry
 * keeps the bandwidth it needs.
 */
export function prerenderPages(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      if (config.build.ssr) return
      const outDir = path.resolve(config.root, config.build.outDir)
      const module = await buildPrerenderer(config.root)
      try {
        // Every page, the SPA's index.html too, carries the theme's variables.
        const sheet = { id: module.exports.THEME_SHEET_ID, css: await module.exports.themeSheet() }
        const template = themedHtml(await readFile(path.join(outDir, 'index.html'), 'utf8'), sheet)
        await writeFile(path.join(outDir, 'index.html'), template)
        const script = await headScript(config, await module.exports.colorSchemeScript())
        const scriptUrl = `${config.base}${config.build.assetsDir}/head-${contentHash(script)}.js`
        await writeFile(path.join(outDir, config.build.assetsDir, path.basename(scriptUrl)), script)
        const prerendered = module.exports.PRERENDERED_PATHS
        const chunks = pageChunks(outDir, module.exports.PAGE_SOURCES)
        for (const page of new Set([...prerendered, ...Object.keys(chunks)])) {
          let html = template
          if (prerendered.includes(page)) {
            const { TEMPLATE_LOCALES, prerenderedTemplateId } = module.exports
            html = pageHtml(html, {
              page,
              markup: await module.exports.prerenderPage(page),
              translations: await Promise.all(
                TEMPLATE_LOCALES.map(async (locale) => ({
                  templateId: prerenderedTemplateId(locale),
                  markup: await module.exports.prerenderPage(page, locale),
                })),
              ),
              laterMarkup: await module.exports.prerenderLaterLooks(page),
              style: module.exports.pageStyle(page),
              scriptUrl,
              stylesAttribute: module.exports.PRERENDERED_STYLES_ATTRIBUTE,
            })
          }
          const urls = (chunks[page] ?? []).map((file) => config.base + file)
          await writePage(outDir, page, preloadingHtml(html, urls))
        }
      } finally {
        await module.remove()
      }
    },
  }
}

/** index.html with the theme's CSS variables in the head, before any other style. */
export function themedHtml(template: string, sheet: { id: string; css: string }): string {
  if (!template.includes('</head>')) throw new Error('index.html has no </head>')
  return template.replace('</head>', `  <style id="${sheet.id}">${sheet.css}</style>\n  </head>`)
}

async function writePage(outDir: string, page: string, html: string) {
  const file = path.join(outDir, page, 'index.html')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, html)
}

/** For each page, the JavaScript files of its sources that the entry does not load. */
function pageChunks(
  outDir: string,
  pageSources: Record<string, readonly string[]>,
): Record<string, string[]> {
  const manifest = readManifest(outDir)
  const entry = staticClosure(manifest, entryKeyOf(manifest))
  return Object.fromEntries(
    Object.entries(pageSources).map(([page, sources]) => {
      const keys = new Set<string>()
      for (const source of sources) staticClosure(manifest, chunkKeyOf(manifest, source), keys)
      const files = [...keys]
        .filter((key) => !entry.has(key))
        .map((key) => manifest[key]?.file ?? key)
        .filter((file) => file.endsWith('.js'))
      return [page, files]
    }),
  )
}

/** index.html that also asks for the page's own modules while the entry downloads. */
export function preloadingHtml(template: string, urls: readonly string[]): string {
  const links = urls.map(
    (url) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${url}">`,
  )
  return template.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
}

async function buildPrerenderer(root: string) {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'oskc-prerender-'))
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    // Bundled, with production React, MUI and emotion: their development builds name classes
    // differently, and the browser would then insert every style again.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: { noExternal: true },
    build: {
      ssr: 'src/boot/prerender/index.tsx',
      outDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
    },
  })
  const exports = (await import(
    pathToFileURL(path.join(outDir, 'prerender.mjs')).href
  )) as PrerenderModule
  return { exports, remove: () => rm(outDir, { recursive: true, force: true }) }
}

const contentHash = (text: string) =>
  createHash('sha256').update(text).digest('base64url').slice(0, 8)

interface Page {
  /** The URL path, `/login`. */
  page: string
  /** The page's HTML as React rendered it, with emotion's <style> tags. */
  markup: string
  /**
   * The page in each other language, for a <template> after #root that the head script moves into
   * #root for a visitor of that language.
   */
  translations?: readonly { templateId: string; markup: string }[]
  /**
   * The page as it looks later, once signed in, as its data loads and once it is in: those
   * styles join the page's, so that the browser need not insert them then. Its markup is not used.
   */
  laterMarkup?: string
  /** CSS of its own, beside emotion's: which visitors it is hidden from. */
  style: string
  /** The script that sets the colour scheme and marks a saved session, before the first paint. */
  scriptUrl: string
  /** The attribute that names the component styles for the app's cache (src/boot/styleCache.ts). */
  stylesAttribute: string
}

/** index.html with the page's markup in #root, and its styles and colour scheme in the head. */
export function pageHtml(
  template: string,
  { page, markup, translations = [], laterMarkup = '', style, scriptUrl, stylesAttribute }: Page,
): string {
  const translated = translations.map((translation) => translation.markup).join('')
  const styles = headStyles(markup + translated + laterMarkup, stylesAttribute)
  const body = markup.replace(EMOTION_STYLE, '')
  // The node after each template tells the head script that the parser has passed it.
  const templates = translations
    .map(
      ({ templateId, markup }) =>
        `<template id="${templateId}">${markup.replace(EMOTION_STYLE, '')}</template><!---->`,
    )
    .join('')
  // The content security policy refuses inline scripts: the page would be broken, not slow.
  if (/<script/i.test(body + templates)) {
    throw new Error(`The markup of ${page} has an inline <script>`)
  }
  const emptyRoot = '<div id="root"></div>'
  if (!template.includes(emptyRoot) || !template.includes('</head>')) {
    throw new Error(`index.html has no ${emptyRoot} or </head>: cannot pre-render ${page}`)
  }
  // The head script blocks the first paint, briefly: it comes first, before the app's scripts.
  return template
    .replace('<title>', `<script src="${scriptUrl}"></script>\n    <title>`)
    .replace('</head>', `  <style>${style}</style>${styles}\n  </head>`)
    .replace(emptyRoot, `<div id="root" data-prerendered="${page}">${body}</div>${templates}`)
}

/**
 * Emotion's <style> tags of a page, for its head, each style once: global styles as they are
 * (emotion's Global adopts its own tag), the component styles merged into one sheet that names
 * them for the app's style cache (src/boot/styleCache.ts), in the order rendered.
 */
function headStyles(markup: string, stylesAttribute: string): string {
  const globals = new Set<string>()
  const components = new Map<string, string>()
  for (const [tag, attribute = '', css = ''] of markup.matchAll(EMOTION_STYLE)) {
    const [key, ...names] = attribute.split(' ')
    if (key !== 'css') globals.add(tag)
    // Emotion writes one tag per style (a name and its rules), or rules alone for a global one.
    else if (names.length > 0 && !components.has(attribute)) components.set(attribute, css)
  }
  if (components.size === 0) return [...globals].join('')
  const names = [...components.keys()].map((attribute) => attribute.slice('css '.length))
  const sheet = `<style ${stylesAttribute}="${names.join(' ')}">${[...components.values()].join('')}</style>`
  return [...globals].join('') + sheet
}
