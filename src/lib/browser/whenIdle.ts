/**
 * Runs `work` once the browser has nothing more urgent to do (at the latest after `timeoutMs`), in
 * a task of its own: work that only prepares for later (code for a dialog not opened yet) then
 * does not lengthen the task that shows the page. Returns how to cancel it.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  // Safari has no requestIdleCallback: a timer still gives the work a task of its own.
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(work, 1)
    return () => window.clearTimeout(timer)
  }
  const handle = window.requestIdleCallback(work, { timeout: timeoutMs })
  return () => window.cancelIdleCallback(handle)
}
