/*
 * `npm run screenshots`: the README's screenshots, made the same way every time. Serves the built
 * console with the emulator (dist/, built when stale; CONSOLE_DIST serves another build), signs in
 * as alice and as the owner, and writes viewport PNGs to docs/screenshots/: My keys at 360, 768 and
 * 1280 px wide, the sign-in page and the users list at 1280 px, each in the light and dark theme.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test'
import { chromiumArgs, findChromium } from '../e2e/chromium.ts'
import { startServer } from '../e2e/server.ts'
import { ensureBuild, projectRoot } from './build-state.ts'

const WIDTHS = { 360: 740, 768: 1024, 1280: 800 } as const
const SCHEMES = ['light', 'dark'] as const
const outDir = path.join(projectRoot, 'docs', 'screenshots')

async function signIn(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByRole('textbox', { name: 'Password' }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
}

async function shoot(page: Page, name: string) {
  // No caret or focus ring from the sign-in: the picture shows the page at rest.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const file = path.join(outDir, `${name}.png`)
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' })
  console.log(path.relative(projectRoot, file))
}

async function myKeys(context: BrowserContext, scheme: string) {
  const page = await context.newPage()
  await page.setViewportSize({ width: 1280, height: WIDTHS[1280] })
  await page.goto('/login')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  // With the emulator the page names the demo account once the app runs; the picture shows that.
  await expect(page.getByRole('note')).toContainText('alice@example.com')
  await shoot(page, `login-1280-${scheme}`)
  await signIn(page, 'alice@example.com')
  await expect(page.getByText('2 of 5 keys')).toBeVisible()
  const keys = page.getByRole('table', { name: 'Your Object Storage keys' })
  await expect(keys.getByRole('switch', { checked: true })).toHaveCount(2)
  await expect(page.getByRole('group', { name: 'Canonical user ID' })).toContainText(/[0-9a-f]{32}/)
  await expect(page.getByRole('progressbar')).toHaveCount(0)
  for (const [width, height] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width: Number(width), height })
    await shoot(page, `keys-${width}-${scheme}`)
  }
  await page.close()
}

async function users(context: BrowserContext, scheme: string) {
  const page = await context.newPage()
  await page.setViewportSize({ width: 1280, height: WIDTHS[1280] })
  await page.goto('/users')
  await signIn(page, 'owner@example.com')
  const table = page.getByRole('table', { name: 'Users of the contract' })
  await expect(table.getByRole('link', { name: 'Dave Davis' })).toBeVisible()
  await expect(table).toHaveAttribute('aria-busy', 'false')
  await shoot(page, `users-1280-${scheme}`)
  await page.close()
}

if (!process.env.CONSOLE_DIST) ensureBuild()
await mkdir(outDir, { recursive: true })
const server = await startServer()
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
try {
  for (const colorScheme of SCHEMES) {
    const context = await browser.newContext({
      baseURL: server.url,
      colorScheme,
      locale: 'en-US',
      timezoneId: 'UTC',
    })
    await myKeys(context, colorScheme)
    await users(context, colorScheme)
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
