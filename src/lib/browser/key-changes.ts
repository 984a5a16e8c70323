/**
 * Which users' keys changed in this tab: a key generated, switched or deleted on a user's page
 * (keys feature) tells the all-keys page (users feature), which reads that user's keys again,
 * now if it is open, else when it next opens. Only user ids, kept for the tab; never a key.
 */
const STORAGE_KEY = 'oskc.key-changes'
type Listener = (userId: string) => void
const listeners = new Set<Listener>()

function pending(): string[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []
  } catch {
    return []
  }
}

function keep(ids: readonly string[]): void {
  try {
    if (ids.length === 0) window.sessionStorage.removeItem(STORAGE_KEY)
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids))
  } catch {
    // Without storage, a page opened later shows its saved scan until Refresh.
  }
}

export function noteKeyChange(userId: string): void {
  if (listeners.size > 0) {
    for (const listener of listeners) listener(userId)
    return
  }
  const ids = pending()
  if (!ids.includes(userId)) keep([...ids, userId])
}

/** Listens for changes from now on; returns the users changed while nobody listened. */
export function listenToKeyChanges(listener: Listener): { missed: string[]; stop: () => void } {
  listeners.add(listener)
  const missed = pending()
  keep([])
  return { missed, stop: () => listeners.delete(listener) }
}
