import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './e2e/chromium.ts'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  // Each worker runs its own server and emulator (see e2e/fixtures.ts), so workers never share state.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    trace: 'retain-on-failure',
    locale: 'en-US',
    acceptDownloads: true,
  },
})
