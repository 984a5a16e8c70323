import { useSyncExternalStore } from 'react'
import { announce } from './announcer'

export type NotificationSeverity = 'success' | 'info' | 'warning' | 'error'

export interface Notification {
  id: number
  message: string
  severity: NotificationSeverity
  /** A failure whose reason is told at display time, in the language the reader has then. */
  failure?: unknown
}

/**
 * One queue for short messages (copied, key deactivated, a background refresh failed). It never
 * receives secrets: callers pass texts they wrote, or a server message about a failed request.
 * Outcomes are also spoken by the polite live region; errors by the snackbar's alert.
 */
let queue: Notification[] = []
const NONE: Notification[] = []
let nextId = 1
const listeners = new Set<() => void>()

function emit() {
  listeners.forEach((listener) => listener())
}

export function notify(message: string, severity: NotificationSeverity = 'success'): void {
  queue = [...queue, { id: nextId++, message, severity }]
  if (severity !== 'error') announce(message)
  emit()
}

/** An error for which no one is waiting (a background refresh): its reason, as an error. */
export function notifyFailure(failure: unknown): void {
  queue = [...queue, { id: nextId++, message: '', severity: 'error', failure }]
  emit()
}

export function dismissNotification(id: number): void {
  queue = queue.filter((notification) => notification.id !== id)
  emit()
}

export function clearNotifications(): void {
  queue = []
  emit()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useNotifications(): Notification[] {
  // A page rendered at build time has no messages yet.
  return useSyncExternalStore(
    subscribe,
    () => queue,
    () => NONE,
  )
}
