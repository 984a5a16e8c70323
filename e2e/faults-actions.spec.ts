import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { demoKeys, demoUsers } from '../emulator/seed.ts'
import {
  expectRequest,
  faultCases,
  faultOn,
  lostAnswer,
  type FaultCase,
  type Method,
} from './fault-cases.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { notice } from './notice.ts'
import {
  clearFaults,
  expectKeysAsOnServer,
  globMatcher,
  openSignedIn,
  recordRequests,
  serverKey,
  serverState,
  shortName,
} from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

interface ActionCase {
  name: string
  as: string
  /** Where the action starts. */
  path: string
  ready: (page: Page) => Promise<void>
  /** The request that carries the action, as the emulator's fault matches it. */
  method: Method
  glob: string
  /** The read that shows the result again. */
  listGlob: string
  /** Lost answers worth a test: every kind for a new key, one for the rest (runtime). */
  lostAnswers: FaultCase[]
  /** Does it, as a person would; `key` is the short name of alice's "Website assets" key. */
  start: (page: Page, key: string) => Promise<void>
  /** Where the console says what happened. */
  message: (page: Page, fault: FaultCase) => Locator
  /** The words when the server turned the action away, and when its outcome is not known. */
  refused: RegExp
  unknown: RegExp
  /** Whether the message repeats the reason (a generate without an answer has none to give). */
  givesReason: (fault: FaultCase) => boolean
  /** Closes what is still open. */
  finish: (page: Page) => Promise<void>
  expectAsOnServer: (page: Page, request: APIRequestContext) => Promise<void>
}

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })
const aliceKeysAsOnServer = (page: Page, request: APIRequestContext) =>
  expectKeysAsOnServer(ownKeys(page), request, demoUsers.alice.id, { descriptions: true })
const aliceKeysRead = `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`

/** The alert inside the dialog that is still open. */
const alertIn = (dialog: string | RegExp) => (page: Page) =>
  page.getByRole('dialog', { name: dialog }).getByRole('alert')
const cancel = (page: Page) =>
  page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

const asAlice = {
  as: demoUsers.alice.email,
  path: '/keys',
  ready: (page: Page) => expect(ownKeys(page).getByRole('switch')).toHaveCount(2),
  listGlob: aliceKeysRead,
  lostAnswers: [lostAnswer.error],
  givesReason: () => true,
  finish: cancel,
  expectAsOnServer: aliceKeysAsOnServer,
}

const actions: ActionCase[] = [
  {
    ...asAlice,
    name: 'Generating a key',
    method: 'POST',
    lostAnswers: [lostAnswer.dropped, lostAnswer.error],
    glob: '/s3-management/accesskeys',
    start: async (page) => {
      await page.getByRole('button', { name: 'Generate key' }).click()
      const form = page.getByRole('dialog', { name: 'Generate a key' })
      await form.getByRole('textbox', { name: 'Description (optional)' }).fill('Made in a storm')
      await form.getByRole('button', { name: 'Generate' }).click()
    },
    message: alertIn('Generate a key'),
    refused: /^The key was not generated\./,
    // The list is read again: none, or how many keys were made (a resent POST makes more).
    unknown: /^(No key was created: .*You can try again\.|(1 key was|\d+ keys were) created, but)/,
    // Keys whose secrets were lost are the news then; the lost answer's reason is not.
    givesReason: (fault) => !fault.applied,
  },
  {
    ...asAlice,
    name: 'Switching a key off',
    method: 'PUT',
    glob: '/cloudapi/v6/um/users/*/s3keys/*',
    start: (page, key) =>
      ownKeys(page)
        .getByRole('switch', { name: `Active: ${key}` })
        .click(),
    // A notification (found by its reason: an earlier one may still be in the status region).
    message: (page, fault) => notice(page, fault.reason),
    refused: /^Key .* could not be deactivated and stays active\./,
    unknown: /^IONOS did not confirm that key .* is deactivated\..*Check the list/,
    // Escape dismisses the notification, which would otherwise hold back the next one.
    finish: (page) => page.keyboard.press('Escape'),
  },
  {
    ...asAlice,
    name: 'Deleting a key',
    method: 'DELETE',
    glob: '/cloudapi/v6/um/users/*/s3keys/*',
    start: async (page, key) => {
      await ownKeys(page)
        .getByRole('button', { name: `Delete key ${key}` })
        .click()
      await page
        .getByRole('dialog', { name: `Delete key ${key}?` })
        .getByRole('button', { name: 'Delete key' })
        .click()
    },
    message: alertIn(/^Delete key /),
    refused: /^The key was not deleted\./,
    unknown: /^IONOS did not confirm that the key is deleted\..*Check the list/,
  },
  {
    ...asAlice,
    name: 'Editing a description',
    method: 'PUT',
    glob: '/s3-management/accesskeys/*',
    start: async (page, key) => {
      await ownKeys(page)
        .getByRole('button', { name: `Edit description of key ${key}` })
        .click()
      const dialog = page.getByRole('dialog', { name: 'Edit description' })
      await dialog.getByRole('textbox', { name: 'Description' }).fill('Renamed in a storm')
      await dialog.getByRole('button', { name: 'Save' }).click()
    },
    message: alertIn('Edit description'),
    refused: /^The description was not saved\./,
    unknown: /^IONOS did not confirm that the description is saved\..*Check the list/,
  },
  {
    ...asAlice,
    name: 'Renewing a secret',
    method: 'PUT',
    glob: '/s3-management/accesskeys/*/renew',
    start: async (page, key) => {
      await ownKeys(page)
        .getByRole('button', { name: `Renew secret of key ${key}` })
        .click()
      await page
        .getByRole('dialog', { name: `Renew the secret of key ${key}?` })
        .getByRole('button', { name: 'Renew secret' })
        .click()
    },
    message: alertIn(/^Renew the secret of key /),
    refused: /^The secret was not renewed\./,
    unknown: /^IONOS did not confirm the renewal, so the secret may have been renewed/,
    expectAsOnServer: async (page, request) => {
      await expect(page.getByRole('dialog', { name: 'Save your secret key' })).toHaveCount(0)
      await aliceKeysAsOnServer(page, request)
    },
  },
  {
    name: 'Granting “Use Object Storage” to carol',
    as: demoUsers.owner.email,
    path: `/users/${demoUsers.carol.id}/keys`,
    ready: (page) => expect(page.getByRole('link', { name: 'Add to a group…' })).toBeVisible(),
    method: 'POST',
    glob: '/cloudapi/v6/um/groups/*/users',
    listGlob: `/cloudapi/v6/um/users/${demoUsers.carol.id}/groups`,
    lostAnswers: [lostAnswer.dropped],
    start: async (page) => {
      await page.getByRole('link', { name: 'Add to a group…' }).click()
      await page
        .getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
        .getByRole('button', { name: 'Add to group' })
        .click()
    },
    // A refusal is shown in the dialog; an unknown outcome closes it, since the page is read again.
    message: (page, fault) =>
      fault.outcome === 'refused'
        ? alertIn('Let Carol Clark use Object Storage')(page)
        : notice(page, fault.reason),
    refused: /./,
    unknown: /^IONOS did not confirm that Carol Clark is in “Object Storage users”\./,
    givesReason: () => true,
    finish: async (page) => {
      const dialog = page.getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Cancel' }).click()
      else await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    },
    expectAsOnServer: async (page, request) => {
      // The dialog lives on the Groups tab; the keys tab says whether keys are possible.
      await page.getByRole('tab', { name: 'Object Storage Keys' }).click()
      const notice = page.getByRole('heading', {
        name: 'Carol Clark cannot use Object Storage yet',
      })
      await expect(async () => {
        const { groups } = await serverState(request)
        const privileged = groups.some(
          (group) => group.privileges.s3Privilege && group.memberIds.includes(demoUsers.carol.id),
        )
        await expect(notice).toHaveCount(privileged ? 0 : 1, { timeout: 1000 })
        // With no keys yet, the empty state offers Generate a second time.
        const generate = page.getByRole('button', { name: 'Generate key' })
        if (privileged) await expect(generate.first()).toBeVisible({ timeout: 1000 })
        else await expect(generate).toHaveCount(0, { timeout: 1000 })
      }).toPass({ timeout: 15_000 })
    },
  },
]

const outcomeText = (fault: FaultCase) =>
  fault.outcome === 'refused'
    ? 'says it was not done'
    : 'says it may have been done and reads the page again'

// One page per action and a step per failure: the page is loaded again only after a failure that
// changed the server (a lost answer), which keeps the 37 cases to about a third of the time.
test.describe('actions that fail', () => {
  test.describe.configure({ timeout: 150_000 })
  for (const action of actions) {
    const faults = [...faultCases, ...action.lostAnswers]
    test(`${action.name} after each failure says what is known, sends each try once, and shows what the server holds`, async ({
      page,
      request,
      emulator,
    }) => {
      await page.clock.install() // for the timeouts
      await openSignedIn(page, request, action.as, action.path)
      await action.ready(page)
      const requests = recordRequests(page)
      let changed = false
      for (const fault of faults) {
        await test.step(`${fault.name}: ${outcomeText(fault)}`, async () => {
          if (changed) {
            await emulator.reset()
            await page.reload()
            await action.ready(page)
          }
          const before = await serverState(request)
          const key = shortName(serverKey(before, demoKeys.aliceDescribed).accessKey)
          const from = requests.length
          await emulator.injectFault(faultOn(action.method, action.glob, fault))
          const onItsWay = expectRequest(page, action.method, action.glob, fault)
          await action.start(page, key)
          await onItsWay()

          const message = action.message(page, fault)
          await expect(message).toHaveText(
            fault.outcome === 'refused' ? action.refused : action.unknown,
          )
          if (action.givesReason(fault)) await expect(message).toContainText(fault.reason)

          // Each try the client may make, and no more: a POST (a new key) is never sent twice.
          const isAction = globMatcher(action.glob)
          const prefix = `${action.method} `
          const sent = () => requests.slice(from)
          const tries = sent().filter(
            (call) => call.startsWith(prefix) && isAction(call.slice(prefix.length)),
          )
          expect(tries).toHaveLength(fault.tries(action.method))
          await clearFaults(request)

          if (fault.outcome === 'unknown') {
            // The page reads again what it shows, after the last try.
            const isList = globMatcher(action.listGlob)
            const lastTry = sent().lastIndexOf(tries.at(-1) ?? '')
            await expect
              .poll(() =>
                sent()
                  .slice(lastTry + 1)
                  .some((call) => call.startsWith('GET ') && isList(call.slice(4))),
              )
              .toBe(true)
          }
          const after = await serverState(request)
          if (fault.applied) expect(after, 'the server carried it out').not.toEqual(before)
          else expect(after, 'the server changed nothing').toEqual(before)
          changed = fault.applied

          await action.finish(page)
          await action.expectAsOnServer(page, request)
        })
      }
    })
  }
})

test.describe('one click, several keys', () => {
  test('the browser resends a create after the connection drops: the user is told how many keys exist and deletes them', async ({
    page,
    request,
    emulator,
  }) => {
    await openSignedIn(page, request, demoUsers.alice.email, '/keys')
    await asAlice.ready(page)
    const before = await serverState(request)
    const requests = recordRequests(page)
    // Each arrival makes the key three times, then the line drops; Chromium resends the POST on
    // its other idle connections by itself, and every resend fares the same.
    await emulator.injectFault({
      method: 'POST',
      path: '/s3-management/accesskeys',
      after: true,
      drop: true,
      repeat: 3,
      times: 8,
    })
    await page.getByRole('button', { name: 'Generate key' }).click()
    const form = page.getByRole('dialog', { name: 'Generate a key' })
    await form.getByRole('textbox', { name: 'Description (optional)' }).fill('One click')
    await form.getByRole('button', { name: 'Generate' }).click()

    const alert = form.getByRole('alert')
    await expect(alert).toHaveText(/^\d+ keys were created, but their secrets could not be shown/)
    await clearFaults(request)
    const made = (await serverState(request)).keys.filter(
      (key) => !before.keys.some((old) => old.accessKey === key.accessKey),
    )
    expect(made.length, 'one click made several keys').toBeGreaterThanOrEqual(3)
    await expect(alert).toContainText(`${made.length} keys were created`)
    for (const key of made) await expect(alert).toContainText(key.accessKey)
    // One click is one POST from the page: the console never sends it again itself.
    expect(requests.filter((call) => call === 'POST /s3-management/accesskeys')).toHaveLength(1)

    await alert.getByRole('button', { name: `Delete these ${made.length} keys` }).click()
    await expect(form.getByRole('alert')).toHaveText(
      `The ${made.length} keys were deleted. You can generate a new one.`,
    )
    expect((await serverState(request)).keys, 'only the keys the user kept').toEqual(before.keys)
    await form.getByRole('button', { name: 'Cancel' }).click()
    await aliceKeysAsOnServer(page, request)
  })
})
