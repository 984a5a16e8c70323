import type { Locator } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { errorMessages } from '../src/lib/i18n/errors/messages.ts'
import { expectRequest, faultCases, faultOn, type FaultCase } from './fault-cases.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { clearFaults, openSignedIn } from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

/**
 * The console's own English sentences about failures: none of them may show on a German page.
 * A text is cut at its first placeholder, so "…within {seconds} seconds." checks its fixed start.
 */
const englishSentences = Object.values(errorMessages.en)
  .map((text) => text.split('{')[0]?.trim() ?? '')
  .filter((text) => text.length > 10)
  .concat(['The keys could not be loaded', 'The key was not generated', 'The server answered'])

async function expectGermanOnly(message: Locator) {
  const text = (await message.textContent()) ?? ''
  for (const sentence of englishSentences) {
    expect(text, `"${text}" holds the console's English "${sentence}"`).not.toContain(sentence)
  }
}

const keysPath = `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`
const caseNamed = (name: string) => faultCases.find((fault) => fault.name === name) as FaultCase

/** A list failure: what the fault is, and the German reason the page gives for it. */
interface ListFailure {
  name: string
  fault: FaultCase
  reason: RegExp
}

const listFailures: ListFailure[] = [
  {
    name: 'a dropped connection',
    fault: caseNamed('a dropped connection on every try'),
    reason: /Die IONOS-API ist nicht erreichbar\. Prüfen Sie Ihre Verbindung/,
  },
  {
    name: 'no answer within the time limit',
    fault: caseNamed('no answer within the time limit'),
    reason: /Die IONOS-API hat nicht innerhalb von 15 Sekunden geantwortet\./,
  },
  {
    name: 'an answer the console cannot read',
    fault: {
      ...caseNamed('HTTP 500'),
      name: 'a garbled answer',
      spec: { after: true, garble: true },
      tries: () => 3,
    },
    reason: /Der Server hat eine Antwort gesendet, die die Konsole nicht versteht\./,
  },
  {
    name: 'HTTP 500 without words of the server',
    fault: { ...caseNamed('HTTP 500'), spec: { status: 500, message: '' } },
    reason: /Die IONOS-API ist gerade nicht verfügbar\. .* \(HTTP 500\)/,
  },
  {
    name: 'HTTP 500 with the server’s words',
    fault: caseNamed('HTTP 500'),
    reason: /Der Server antwortete: „Internal server error\.“/,
  },
  {
    name: 'HTTP 429 on every try',
    fault: caseNamed('HTTP 429 with Retry-After on every try'),
    reason: /Der Server antwortete: „Too many requests/,
  },
]

test.describe('failures told in German', () => {
  test.use({ locale: 'de-DE' })

  for (const failure of listFailures) {
    test(`My keys after ${failure.name}: the page says so in German and quotes only the server in English`, async ({
      page,
      request,
      emulator,
    }) => {
      if (failure.fault.timeout) await page.clock.install()
      await emulator.injectFault(faultOn('GET', keysPath, failure.fault))
      const onItsWay = expectRequest(page, 'GET', keysPath, failure.fault)
      await openSignedIn(page, request, demoUsers.alice.email, '/keys')
      await onItsWay()

      const alert = page
        .getByRole('alert')
        .filter({ hasText: /^Die Schlüssel konnten nicht geladen werden\./ })
      await expect(alert).toContainText(failure.reason)
      await expectGermanOnly(alert)
      await clearFaults(request)
      await alert.getByRole('button', { name: 'Erneut versuchen' }).click()
      await expect(alert).toBeHidden()
    })
  }

  test('a refusal quotes IONOS’s words as its own, inside a German sentence', async ({
    page,
    request,
    emulator,
  }) => {
    await openSignedIn(page, request, demoUsers.alice.email, '/keys')
    await emulator.injectFault({
      method: 'POST',
      path: '/s3-management/accesskeys',
      status: 422,
      message: 'Quota exceeded for this contract.',
    })
    await emulator.injectFault({
      method: 'POST',
      path: keysPath,
      status: 422,
      message: 'Quota exceeded for this contract.',
    })
    await page.getByRole('button', { name: 'Schlüssel erzeugen' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Schlüssel erzeugen' })
    await dialog.getByRole('button', { name: 'Erzeugen' }).click()

    const alert = dialog.getByRole('alert')
    await expect(alert).toHaveText(
      'Der Schlüssel wurde nicht erzeugt. Der Server antwortete: „Quota exceeded for this contract.“',
    )
    await expectGermanOnly(alert)
  })

  test('the management API out of reach is explained in German, and the keys still show', async ({
    page,
    request,
    emulator,
  }) => {
    await emulator.injectFault({
      method: 'GET',
      path: '/s3-management/accesskeys',
      status: 503,
      times: 3,
    })
    await openSignedIn(page, request, demoUsers.alice.email, '/keys')
    const notice = page.getByText(/^Die Object Storage Management API ist nicht erreichbar/)
    await expect(notice).toBeVisible()
    await expectGermanOnly(notice)
    await expect(page.getByRole('table', { name: 'Ihre Object-Storage-Schlüssel' })).toBeVisible()
  })

  test('an expired API token is refused in German before anything is sent', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/login')
    await page.getByRole('tab', { name: 'API-Token' }).click()
    await page.getByRole('textbox', { name: 'API-Token' }).fill(expiredToken())
    await page.getByRole('button', { name: 'Anmelden' }).click()

    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(/^Dieses Token ist nicht mehr gültig/)
    await expectGermanOnly(alert)
  })

  test('a session the server ends mid-work asks in German to sign in again', async ({
    page,
    request,
    emulator,
  }) => {
    await openSignedIn(page, request, demoUsers.alice.email, '/keys')
    await expect(page.getByRole('table', { name: 'Ihre Object-Storage-Schlüssel' })).toBeVisible()
    await emulator.injectFault({ method: 'PUT', path: `${keysPath}/*`, status: 401 })
    await page
      .getByRole('switch', { name: /^Aktiv: / })
      .first()
      .click()

    const reauth = page.getByRole('dialog', { name: 'Erneut anmelden, um fortzufahren' })
    await expect(reauth).toBeVisible()
    await expectGermanOnly(reauth)
  })
})

/** A well-formed IONOS token whose `exp` has passed: the console refuses it by itself. */
function expiredToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const payload = {
    exp: Math.floor(Date.now() / 1000) - 3600,
    identity: {
      uuid: demoUsers.alice.id,
      contractNumber: 31_000_000,
      role: 'user',
      privileges: [],
    },
  }
  return `${part({ alg: 'RS256', kid: 'expired' })}.${part(payload)}.c2lnbmF0dXJl`
}
