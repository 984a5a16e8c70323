import createCache, { type EmotionCache, type StylisPlugin } from '@emotion/cache'

/**
 * The attribute of the <style> in which the build puts the component styles of a pre-rendered
 * page (scripts/prerender-plugin.ts): emotion's names of the styles it holds, space-separated.
 *
 * Not emotion's own `data-emotion`: emotion moves every <style> it finds under that name to the end
 * of the head when it starts, and Chromium then parses and applies the sheet again. This sheet
 * stays where it is; the cache is only told that its styles are in the page.
 */
export const PRERENDERED_STYLES_ATTRIBUTE = 'data-prerendered-styles'

/**
 * The one vendor prefix the console's browsers still need: Safari knows user-select only as
 * -webkit-user-select.
 */
const safariUserSelect: StylisPlugin = (element) => {
  if (element.type === 'decl' && element.props === 'user-select' && !element.return) {
    element.return = `-webkit-${element.value}${element.value}`
  }
}

/**
 * Emotion's cache (the default key, so class names match the pre-rendered HTML's), the same in the
 * build and the browser. Without emotion's default prefixer, which writes flexbox, transitions,
 * transforms and keyframes again for browsers of a decade ago (-ms-flexbox, -webkit-box): a fifth
 * of a page's CSS, to download, parse and, for every style inserted later, to write.
 */
export function createStyleCache(): EmotionCache {
  const cache = createCache({ key: 'css', stylisPlugins: [safariUserSelect] })
  if (typeof document === 'undefined') return cache
  for (const sheet of document.querySelectorAll(`style[${PRERENDERED_STYLES_ATTRIBUTE}]`)) {
    for (const name of sheet.getAttribute(PRERENDERED_STYLES_ATTRIBUTE)?.split(' ') ?? []) {
      if (name) cache.inserted[name] = true
    }
  }
  return cache
}
