import type { APIRequestContext, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectRequest, faultCases, faultOn } from './fault-cases.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import {
  clearFaults,
  expectKeysAsOnServer,
  globMatcher,
  openSignedIn,
  recordRequests,
  serverState,
} from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

interface ListCase {
  name: string
  /** The request that reads the list, as the emulator's fault matches it. */
  glob: string
  /** Opens the list signed in (the fault already armed), as a person would. */
  open: (page: Page, request: APIRequestContext) => Promise<void>
  /** What the page says when the list could not be read. */
  failure: RegExp
  expectAsOnServer: (page: Page, request: APIRequestContext) => Promise<void>
}

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })
const bobsKeys = (page: Page) =>
  page.getByRole('table', { name: 'Object Storage keys of Bob Brown' })

const lists: ListCase[] = [
  {
    name: 'My keys',
    glob: `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`,
    // Opened directly: the sign-in's warm-up reads the list, and the page shows how that went.
    open: (page, request) => openSignedIn(page, request, demoUsers.alice.email, '/keys'),
    failure: /^The keys could not be loaded\./,
    expectAsOnServer: (page, request) =>
      expectKeysAsOnServer(ownKeys(page), request, demoUsers.alice.id, { descriptions: true }),
  },
  {
    name: 'Users & groups',
    glob: '/cloudapi/v6/um/users',
    open: (page, request) => openSignedIn(page, request, demoUsers.owner.email, '/users'),
    failure: /^The users could not be loaded\./,
    expectAsOnServer: async (page, request) => {
      const table = page.getByRole('table', { name: 'Users of the contract' })
      await expect(async () => {
        const { users } = await serverState(request)
        await expect(table.getByRole('row')).toHaveCount(users.length + 1, { timeout: 1000 })
        for (const { email } of users) {
          await expect(table.getByRole('row').filter({ hasText: email })).toHaveCount(1, {
            timeout: 1000,
          })
        }
      }).toPass({ timeout: 15_000 })
    },
  },
  {
    name: 'a user’s keys tab',
    glob: `/cloudapi/v6/um/users/${demoUsers.bob.id}/s3keys`,
    open: (page, request) =>
      openSignedIn(page, request, demoUsers.owner.email, `/users/${demoUsers.bob.id}/keys`),
    failure: /^The keys could not be loaded\./,
    expectAsOnServer: (page, request) =>
      expectKeysAsOnServer(bobsKeys(page), request, demoUsers.bob.id),
  },
]

test.describe('lists that cannot be read', () => {
  for (const list of lists) {
    for (const fault of faultCases) {
      test(`${list.name}: after ${fault.name} the page says so, tries no more than allowed, and Try again shows what the server holds`, async ({
        page,
        request,
        emulator,
      }) => {
        if (fault.timeout) await page.clock.install()
        const requests = recordRequests(page)
        await emulator.injectFault(faultOn('GET', list.glob, fault))
        const onItsWay = expectRequest(page, 'GET', list.glob, fault)
        await list.open(page, request)
        await onItsWay()

        const alert = page.getByRole('alert').filter({ hasText: list.failure })
        await expect(alert).toContainText(fault.reason)
        const matches = globMatcher(list.glob)
        const reads = requests.filter((call) => call.startsWith('GET ') && matches(call.slice(4)))
        expect(reads, 'the client retries what it may, and no more').toHaveLength(
          fault.tries('GET'),
        )
        await clearFaults(request)

        await alert.getByRole('button', { name: 'Try again' }).click()
        await expect(alert).toBeHidden()
        await list.expectAsOnServer(page, request)
      })
    }
  }
})
