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
  projects: [
    { name: 'stories', testIgnore: '**/users-scale.spec.ts' },
    // Timings with 10,000 users run last and alone: a busy neighbour (the inventory scan) on two
    // cores would measure the machine, not the console.
    { name: 'scale', testMatch: '**/users-scale.spec.ts', dependencies: ['stories'] },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    trace: 'retain-on-failure',
    locale: 'en-US',
    acceptDownloads: true,
  },
})
