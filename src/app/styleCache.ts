import createCache, { type EmotionCache } from '@emotion/cache'

/**
 * The attribute of the <style> in which the build puts the component styles of a pre-rendered
 * page (scripts/prerender-plugin.ts): emotion's names of the styles it holds, space-separated.
 *
 * Not emotion's own `data-emotion`: emotion moves every <style> it finds under that name to the end
 * of the head when it starts, and Chromium then parses and applies the sheet again. This sheet
 * stays where it is; the cache is only told that its styles are in the page.
 */
export const PRERENDERED_STYLES_ATTRIBUTE = 'data-prerendered-styles'

/** Emotion's cache (the default key, so class names match the pre-rendered HTML's). */
export function createStyleCache(): EmotionCache {
  const cache = createCache({ key: 'css' })
  if (typeof document === 'undefined') return cache
  for (const sheet of document.querySelectorAll(`style[${PRERENDERED_STYLES_ATTRIBUTE}]`)) {
    for (const name of sheet.getAttribute(PRERENDERED_STYLES_ATTRIBUTE)?.split(' ') ?? []) {
      if (name) cache.inserted[name] = true
    }
  }
  return cache
}
