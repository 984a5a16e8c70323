import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '../app/App'
import { canHydrate, prerenderedLocale, releasePrerendered } from './prerendered'
import { preloadPrerenderedPage } from '../app/router'
import type { Locale } from '../lib/i18n'
import { mountAnnouncer } from '../lib/browser/announcer'
import { stopHoldingClicks } from './early-click'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
// The live region exists before its first message, or screen readers may miss that message.
mountAnnouncer()
const app = (locale?: Locale) => (
  <StrictMode>
    <App locale={locale} />
  </StrictMode>
)
// A transition lets React yield to the browser while it renders (or hydrates) the first screen,
// so a click or a keystroke during start-up is not kept waiting by one long task.
const render = () => {
  releasePrerendered(root)
  stopHoldingClicks()
  startTransition(() => void createRoot(root).render(app()))
}
// The language of the pre-rendered markup, not the saved choice as read later: another tab may
// change that while the page's code loads, and the first render must match the HTML.
const hydrate = () => {
  // React listens from here on, and replays a click on what it has not hydrated yet itself.
  stopHoldingClicks()
  startTransition(() => void hydrateRoot(root, app(prerenderedLocale(root))))
}

if (canHydrate(root)) {
  // The page's code first: hydration that waited on it midway would be thrown away (see lazyPage).
  preloadPrerenderedPage(window.location.pathname).then(hydrate, render)
} else {
  render()
}
