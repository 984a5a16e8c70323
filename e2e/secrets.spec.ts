import type { BrowserContext, Page } from '@playwright/test'
import { demoKeys, demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { serverKey, serverState, shortName } from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })

/** Everything a page keeps where a script, an extension or a later visitor could read it. */
async function whatThePageKeeps(
  page: Page,
  context: BrowserContext,
): Promise<Record<string, string>> {
  const stored = await page.evaluate(async () => {
    const request = <T>(action: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        action.onsuccess = () => resolve(action.result)
        action.onerror = () => reject(action.error ?? new Error('IndexedDB request failed'))
      })
    const databases: unknown[] = []
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await request(indexedDB.open(name))
      for (const store of db.objectStoreNames) {
        databases.push({
          name,
          store,
          rows: await request(db.transaction(store).objectStore(store).getAll()),
        })
      }
      db.close()
    }
    const cached: string[] = []
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName)
      for (const entry of await cache.keys()) {
        const response = await cache.match(entry)
        cached.push(entry.url, response ? await response.text() : '')
      }
    }
    return {
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      indexedDB: JSON.stringify(databases),
      cacheStorage: JSON.stringify(cached),
      historyState: JSON.stringify(history.state),
      title: document.title,
      resources: JSON.stringify(performance.getEntries().map((entry) => entry.name)),
    }
  })
  return {
    ...stored,
    dom: (await Promise.all(page.frames().map((frame) => frame.content()))).join('\n'),
    url: `${page.url()} ${decodeURIComponent(page.url())}`,
    cookies: JSON.stringify(await context.cookies()),
  }
}

/** Reads the secret the dialog shows once asked, then confirms it is saved and closes. */
async function readAndClose(page: Page): Promise<{ accessKey: string; secret: string }> {
  const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
  await dialog.getByRole('button', { name: 'Show secret key' }).click()
  const text = async (name: string) =>
    (await dialog.getByRole('group', { name }).innerText()).replace(name, '').trim()
  const secret = await text('Secret key')
  const accessKey = await text('Access key')
  expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
  await dialog.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  return { accessKey, secret }
}

/** The two ways to a one-time secret; `key` names alice's "Website assets" key. */
const flows: { name: string; open: (page: Page, key: string) => Promise<void> }[] = [
  {
    name: 'generate',
    open: async (page) => {
      await page.getByRole('button', { name: 'Generate key' }).click()
      const form = page.getByRole('dialog', { name: 'Generate a key' })
      await form.getByRole('textbox', { name: 'Description (optional)' }).fill('Secret sweep')
      await form.getByRole('button', { name: 'Generate' }).click()
    },
  },
  {
    name: 'renew',
    open: async (page, key) => {
      await ownKeys(page)
        .getByRole('button', { name: `Renew secret of key ${key}` })
        .click()
      await page
        .getByRole('dialog', { name: `Renew the secret of key ${key}?` })
        .getByRole('button', { name: 'Renew secret' })
        .click()
    },
  },
]

test.describe('the one-time secret leaves no trace', () => {
  for (const flow of flows) {
    test(`after the ${flow.name} dialog closes, no secret is in the page, its storage, its URL or the console`, async ({
      page,
      context,
      request,
      emulator,
    }) => {
      void emulator
      const consoleOutput: string[] = []
      page.on('console', (message) => consoleOutput.push(`${message.type()}: ${message.text()}`))
      await signIn(page, demoUsers.alice.email)
      await expect(ownKeys(page).getByRole('switch')).toHaveCount(2)
      const key = shortName(
        serverKey(await serverState(request), demoKeys.aliceDescribed).accessKey,
      )

      await flow.open(page, key)
      const { accessKey, secret } = await readAndClose(page)
      // The list is read again (the Cloud API sends every secret with it) and shows the key.
      await expect(
        ownKeys(page).getByRole('switch', { name: `Active: ${shortName(accessKey)}` }),
      ).toBeVisible()
      await expect(ownKeys(page).getByRole('switch')).toHaveCount(flow.name === 'generate' ? 3 : 2)

      const { keys } = await serverState(request)
      const shown = keys.find((candidate) => candidate.accessKey === accessKey)
      expect(shown?.secretKey, 'the dialog showed the secret the server holds').toBe(secret)
      const secrets = keys.filter((k) => k.userId === demoUsers.alice.id).map((k) => k.secretKey)
      const kept: Record<string, string> = {
        ...(await whatThePageKeeps(page, context)),
        console: consoleOutput.join('\n'),
      }
      for (const [where, content] of Object.entries(kept)) {
        for (const candidate of secrets) {
          expect(content.includes(candidate), `a secret in ${where}`).toBe(false)
        }
      }
      expect(kept['dom'], 'the access key is still listed').toContain(shortName(accessKey))
    })
  }
})
