import { expect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

declare global {
  interface Window {
    /** Per frame after the click on the switch: whether its thumb showed "on". */
    switchOnInFrames: boolean[]
  }
}

test('the Active switch shows its new state in the click’s own frame and keeps it', async ({
  page,
  emulator,
}) => {
  void emulator // a fresh emulator: another story may have left alice's key switched off
  await signIn(page, 'alice@example.com')
  const row = page.getByRole('row').filter({ hasText: 'Website assets' })
  const toggle = row.getByRole('switch')
  await expect(toggle).toBeChecked()
  await page.waitForLoadState('networkidle')
  await toggle.evaluate((input) => {
    window.switchOnInFrames = []
    input.addEventListener('click', () => {
      const record = () => {
        // What the frame paints: MUI moves the thumb by this class, not by the input's state.
        const base = input.closest('.MuiSwitch-switchBase')
        window.switchOnInFrames.push(base?.classList.contains('Mui-checked') ?? false)
        if (window.switchOnInFrames.length < 5) requestAnimationFrame(record)
      }
      requestAnimationFrame(record)
    })
  })
  await toggle.click()
  await expect.poll(() => page.evaluate(() => window.switchOnInFrames.length)).toBe(5)
  expect(await page.evaluate(() => window.switchOnInFrames)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ])
  await expect(toggle).not.toBeChecked()
})
