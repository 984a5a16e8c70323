import type { Locator, Page } from '@playwright/test'

/**
 * A short message about what just happened: an error is an alert; other outcomes are spoken by a
 * polite status region (and shown in a snackbar), so either role may carry the words.
 */
export function notice(page: Page, text: string | RegExp): Locator {
  return page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: text }).first()
}
