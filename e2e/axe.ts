import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/** Fails with the rule ids and the offending nodes when axe finds a WCAG 2.2 A/AA violation. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(found, `axe violations on ${what}`).toEqual([])
}

/** Runs the check in the light and the dark scheme (the theme follows the emulated OS setting). */
export async function expectAccessibleInBothThemes(page: Page, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', colorScheme)
    // MUI fades text and background colours (200-250 ms): axe must see the colours of the
    // scheme, not a mix of both (a CI run caught a button mid-way at 1.3:1).
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    )
    await expectAccessible(page, `${what} (${colorScheme})`)
  }
}
