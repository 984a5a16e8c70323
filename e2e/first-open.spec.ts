import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

declare global {
  interface Window {
    /** Per frame after the click on the recorded button: whether a dialog was in the page. */
    framesAfterClick: boolean[]
  }
}

/**
 * Once the page has loaded the dialog's code (`chunk`, a module's name) ahead, clicks `button` and
 * returns, for each of the three frames after the click, whether a dialog was in the page when the
 * frame began (what that frame painted).
 */
async function dialogInFramesAfterClick(
  page: Page,
  button: Locator,
  dialog: Locator,
  chunk: string,
) {
  // What a user does: reads the page for a moment, by which time the idle preloads have run. On a
  // busy machine that moment can be longer than the network's quiet 500 ms, so wait for the code.
  await expect
    .poll(
      () =>
        page.evaluate(
          (name) =>
            performance.getEntriesByType('resource').some((entry) => entry.name.includes(name)),
          chunk,
        ),
      { message: `the page loads ${chunk} while the user reads it` },
    )
    .toBe(true)
  await page.waitForLoadState('networkidle')
  await button.evaluate((element) => {
    window.framesAfterClick = []
    element.addEventListener('click', () => {
      const record = () => {
        window.framesAfterClick.push(document.querySelector('[role="dialog"]') !== null)
        if (window.framesAfterClick.length < 3) requestAnimationFrame(record)
      }
      requestAnimationFrame(record)
    })
  })
  await button.click()
  await expect(dialog).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.framesAfterClick.length)).toBe(3)
  return page.evaluate(() => window.framesAfterClick)
}

test.describe('a dialog’s first open shows it in the click’s own frame, never an empty fallback frame', () => {
  test('Generate key', async ({ page }) => {
    await signIn(page, 'alice@example.com')
    await expect(page.getByRole('cell', { name: 'Website assets' })).toBeVisible()
    const frames = await dialogInFramesAfterClick(
      page,
      page.getByRole('button', { name: 'Generate key' }),
      page.getByRole('dialog', { name: 'Generate a key' }),
      'KeyDialogs',
    )
    expect(frames).toEqual([true, true, true])
  })

  test('the rotation wizard, a chunk of its own', async ({ page }) => {
    await signIn(page, 'alice@example.com')
    const row = page.getByRole('row').filter({ hasText: 'Website assets' })
    const frames = await dialogInFramesAfterClick(
      page,
      row.getByRole('button', { name: /^Rotate key / }),
      page.getByRole('dialog', { name: /^Rotate key / }),
      'RotationWizard',
    )
    expect(frames).toEqual([true, true, true])
  })

  test('the key inventory on Users & groups', async ({ page }) => {
    await signIn(page, 'owner@example.com', '/users')
    await expect(page.getByRole('table', { name: 'Users of the contract' })).toBeVisible()
    const frames = await dialogInFramesAfterClick(
      page,
      page.getByRole('button', { name: 'Export key inventory' }),
      page.getByRole('dialog', { name: 'Key inventory' }),
      'InventoryDialog',
    )
    expect(frames).toEqual([true, true, true])
  })
})
