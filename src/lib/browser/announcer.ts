/**
 * One polite live region for the outcome of what the user just did ("Key … is deleted.", "Secret
 * key copied."). It is a child of <body>, outside the React root: a modal dialog hides its
 * siblings from assistive technology (aria-hidden), and the region must still speak over the
 * secret dialog. Callers pass texts they wrote, never a secret.
 */
let region: HTMLElement | null = null

/** Creates the region; call it at start-up, as a live region must exist before it speaks. */
export function mountAnnouncer(): HTMLElement {
  if (region?.isConnected) return region
  region = document.createElement('div')
  region.setAttribute('role', 'status')
  region.setAttribute('aria-live', 'polite')
  region.dataset.announcer = ''
  // Visually hidden, still read.
  region.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap'
  document.body.append(region)
  return region
}

export function announce(message: string): void {
  const target = mountAnnouncer()
  // An open dialog set aria-hidden on the body's other children; this one must stay audible.
  target.removeAttribute('aria-hidden')
  // The same words again must still change the text, or screen readers stay silent.
  target.textContent = target.textContent === message ? `${message}\u00a0` : message
}
