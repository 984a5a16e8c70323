import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Chromium at CHROME_PATH, else Debian's, else one Playwright installed. Never a download. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((candidate) => candidate && existsSync(candidate))
  if (found) return found
  try {
    const installed = chromium.executablePath()
    if (existsSync(installed)) return installed
  } catch {
    // Playwright has no browser of its own here; fall through to the message below.
  }
  throw new Error(
    'No Chromium found: set CHROME_PATH, or install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium).',
  )
}

export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ]
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return args
}
