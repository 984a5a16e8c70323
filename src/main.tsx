import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { mountAnnouncer } from './lib/announcer'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
// The live region exists before its first message, or screen readers may miss that message.
mountAnnouncer()
// A transition lets React yield to the browser while it renders the first screen, so a click or a
// keystroke during start-up is not kept waiting by one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
