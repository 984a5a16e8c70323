import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
  // What a test put beside the React root goes too (the live region, a portal's leftovers): test
  // files share one document per worker (vite.config.ts: isolate false).
  document.body.replaceChildren()
  window.sessionStorage.clear()
  window.localStorage.clear()
})
