/*
 * A pre-rendered page shows its buttons before the app has taken it over (hydration), and a click
 * on one then does nothing: the code that handles it has not arrived. The head script of a
 * pre-rendered page marks such a button instead, and the app clicks it again once it runs. Only
 * buttons with no action of their own: links work as links, and a form's submission is held by
 * early-submit.ts.
 */

/** Set on a button clicked before the app had taken the page over. */
export const CLICKED_EARLY_ATTRIBUTE = 'data-clicked-early'

/** Set on <html> once React listens to the page: from then on it handles (or replays) clicks. */
const APP_LISTENING_ATTRIBUTE = 'data-app-listening'

/** For the head script (./head.ts): marks the button of a click made before the app listens. */
export function holdEarlyClicks(): void {
  addEventListener(
    'click',
    (event) => {
      if (document.documentElement.hasAttribute(APP_LISTENING_ATTRIBUTE)) return
      const target = event.target
      const button = target instanceof Element ? target.closest('button[type="button"]') : null
      button?.setAttribute(CLICKED_EARLY_ATTRIBUTE, '')
    },
    true,
  )
}

/** Called as React starts listening to the page (hydrating or rendering it). */
export function stopHoldingClicks(): void {
  document.documentElement.setAttribute(APP_LISTENING_ATTRIBUTE, '')
}

/** Once the app has taken the page over: each button clicked early is clicked again, once. */
export function replayEarlyClicks(): void {
  for (const button of document.querySelectorAll<HTMLElement>(`[${CLICKED_EARLY_ATTRIBUTE}]`)) {
    button.removeAttribute(CLICKED_EARLY_ATTRIBUTE)
    button.click()
  }
}
