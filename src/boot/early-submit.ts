/*
 * A pre-rendered form can be submitted before the app has taken the page over (hydration). The
 * browser would then submit it natively: a reload that loses what was typed. The head script of a
 * pre-rendered page holds such a submission instead, and the form sends it once the app runs.
 */

/** Set on a form whose submission was held before the app had taken the page over. */
export const SUBMITTED_EARLY_ATTRIBUTE = 'data-submitted-early'

/**
 * For the head script (./head.ts): a submission that no code has handled (the app calls
 * preventDefault on every form it owns) is held and marked. Listening on window, it runs after
 * React's listeners.
 */
export function holdEarlySubmits(): void {
  addEventListener('submit', (event) => {
    if (event.defaultPrevented || !(event.target instanceof HTMLFormElement)) return
    event.preventDefault()
    event.target.setAttribute(SUBMITTED_EARLY_ATTRIBUTE, '')
  })
}

/** Whether `form` was submitted early; the mark is taken off, so that it counts once. */
export function takeEarlySubmit(form: HTMLFormElement | null): boolean {
  if (!form?.hasAttribute(SUBMITTED_EARLY_ATTRIBUTE)) return false
  form.removeAttribute(SUBMITTED_EARLY_ATTRIBUTE)
  return true
}
