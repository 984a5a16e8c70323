import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App'
import { canHydrate } from './app/prerendered'
import { preloadPrerenderedPage } from './app/router'
import { mountAnnouncer } from './lib/announcer'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
// The live region exists before its first message, or screen readers may miss that message.
mountAnnouncer()
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
// A transition lets React yield to the browser while it renders (or hydrates) the first screen,
// so a click or a keystroke during start-up is not kept waiting by one long task.
const render = () => startTransition(() => void createRoot(root).render(app))
const hydrate = () => startTransition(() => void hydrateRoot(root, app))

if (canHydrate(root)) {
  // The page's code first: hydration that waited on it midway would be thrown away (see lazyPage).
  preloadPrerenderedPage(window.location.pathname).then(hydrate, render)
} else {
  render()
}
