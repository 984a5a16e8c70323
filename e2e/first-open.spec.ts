import { expect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

declare global {
  interface Window {
    /** Per frame after the click on Generate key: whether the dialog was in the page. */
    framesAfterClick: boolean[]
  }
}

test('the first open of Generate key shows the dialog in the click’s own frame, never an empty fallback frame', async ({
  page,
}) => {
  await signIn(page, 'alice@example.com')
  await expect(page.getByRole('cell', { name: 'Website assets' })).toBeVisible()
  // What a user does: reads the list for a moment, by which time the idle preload has run.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => {
    window.framesAfterClick = []
    const button = [...document.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === 'Generate key',
    )
    button?.addEventListener('click', () => {
      const record = () => {
        window.framesAfterClick.push(document.querySelector('[role="dialog"]') !== null)
        if (window.framesAfterClick.length < 3) requestAnimationFrame(record)
      }
      requestAnimationFrame(record)
    })
  })
  await page.getByRole('button', { name: 'Generate key' }).click()
  await expect(page.getByRole('dialog', { name: 'Generate a key' })).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.framesAfterClick.length)).toBe(3)
  // Every frame painted after the click has the dialog: none painted the suspended, empty state.
  expect(await page.evaluate(() => window.framesAfterClick)).toEqual([true, true, true])
})
