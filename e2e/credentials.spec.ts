import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'
import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseEnv } from 'dotenv'
import { parse as parseIni } from 'ini'
import { expect as baseExpect, test } from './fixtures.ts'
import { chooseFormat, signIn } from './helpers.ts'

declare global {
  interface Window {
    /** Object URLs the page revoked (recorded by an init script). */
    revokedUrls: string[]
  }
}

test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

interface Pair {
  accessKey: string
  secret: string
}

/** The access key and (revealed) secret the one-time dialog shows. */
async function readPair(dialog: Locator): Promise<Pair> {
  const accessKey = (await dialog.getByRole('group', { name: 'Access key' }).innerText())
    .replace('Access key', '')
    .trim()
  await dialog.getByRole('button', { name: 'Show secret key' }).click()
  const secret = (await dialog.getByRole('group', { name: 'Secret key' }).innerText())
    .replace('Secret key', '')
    .trim()
  return { accessKey, secret }
}

/** Picks the format named `format` (and `region`), downloads, and returns the file's name and text. */
async function download(page: Page, dialog: Locator, format: string, region?: string) {
  await chooseFormat(dialog, format)
  if (region) await dialog.getByRole('combobox', { name: 'Region' }).selectOption(region)
  const next: Promise<Download> = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download key pair' }).click()
  const file = await next
  expect(file.url()).toMatch(/^blob:/)
  // Revoked right after the click: the secret is not left reachable at a URL.
  expect(await page.evaluate(() => window.revokedUrls)).toContain(file.url())
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${file.suggestedFilename()}.`)
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) ?? '', 'utf8') }
}

/** Records the object URLs the page revokes. */
function recordRevokedUrls(page: Page) {
  return page.addInitScript(() => {
    window.revokedUrls = []
    const revoke = URL.revokeObjectURL.bind(URL)
    URL.revokeObjectURL = (url) => {
      window.revokedUrls.push(url)
      revoke(url)
    }
  })
}

async function generateAsAlice(page: Page): Promise<{ dialog: Locator; pair: Pair }> {
  await recordRevokedUrls(page)
  await signIn(page, 'alice@example.com')
  await page.getByRole('button', { name: 'Generate key' }).click()
  await page
    .getByRole('dialog', { name: 'Generate a key' })
    .getByRole('button', { name: 'Generate' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
  return { dialog, pair: await readPair(dialog) }
}

test.describe('Key-pair downloads, read back with each format’s parser', () => {
  test('writes every format for the chosen region, and names each file for what it is', async ({
    page,
    emulator,
  }) => {
    void emulator
    const { dialog, pair } = await generateAsAlice(page)
    const { accessKey, secret } = pair
    // Named for the key's first eight letters and digits (a '_' or '-' in them is left out).
    const stem = `ionos-${accessKey.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`
    // A new key works everywhere; the default is eu-central-3.
    await expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-central-3')
    await expect(dialog.getByRole('combobox', { name: 'Region' }).locator('option')).toHaveCount(6)
    await expect(dialog.getByText(/not offered/)).toHaveCount(0)

    const consoleCsv = await download(page, dialog, 'CSV file, as the AWS console writes it')
    expect(consoleCsv.name).toBe(`${stem}.accessKeys.csv`)
    expect(parseCsv(consoleCsv.text, { columns: true })).toEqual([
      { 'Access key ID': accessKey, 'Secret access key': secret },
    ])

    const importCsv = await download(page, dialog, 'CSV file for “aws configure import”')
    expect(importCsv.name).toBe(`${stem}.aws-import.csv`)
    expect(parseCsv(importCsv.text, { columns: true })).toEqual([
      { 'User Name': 'ionos', 'Access key ID': accessKey, 'Secret access key': secret },
    ])

    const credentials = await download(page, dialog, 'AWS CLI credentials profile')
    expect(credentials.name).toBe(`${stem}.aws-credentials.ini`)
    expect(parseIni(credentials.text)).toEqual({
      ionos: { aws_access_key_id: accessKey, aws_secret_access_key: secret },
    })

    const config = await download(
      page,
      dialog,
      'AWS CLI config profile (region and endpoint)',
      'eu-central-2',
    )
    expect(config.name).toBe(`${stem}.aws-config.ini`)
    expect(parseIni(config.text)).toEqual({
      'profile ionos': {
        region: 'eu-central-2',
        endpoint_url: 'https://s3.eu-central-2.ionoscloud.com',
      },
    })

    const env = await download(page, dialog, '.env file (AWS and IONOS variables)', 'de')
    expect(env.name).toBe(`${stem}.env`)
    expect(parseEnv(env.text)).toEqual({
      AWS_ACCESS_KEY_ID: accessKey,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_REGION: 'de',
      AWS_ENDPOINT_URL_S3: 'https://s3.eu-central-1.ionoscloud.com',
      IONOS_S3_ACCESS_KEY: accessKey,
      IONOS_S3_SECRET_KEY: secret,
      IONOS_S3_REGION: 'de',
    })

    const rclone = await download(page, dialog, 'rclone remote', 'eu-south-2')
    expect(rclone.name).toBe(`${stem}.rclone.conf`)
    expect(parseIni(rclone.text)).toEqual({
      ionos: {
        type: 's3',
        provider: 'IONOS',
        access_key_id: accessKey,
        secret_access_key: secret,
        region: 'eu-south-2',
        endpoint: 's3.eu-south-2.ionoscloud.com',
      },
    })

    const s3cmd = await download(page, dialog, 's3cmd configuration (.s3cfg)', 'us-central-1')
    expect(s3cmd.name).toBe(`${stem}.s3cfg`)
    expect(parseIni(s3cmd.text)).toEqual({
      default: {
        access_key: accessKey,
        secret_key: secret,
        host_base: 's3.us-central-1.ionoscloud.com',
        host_bucket: 's3.us-central-1.ionoscloud.com',
        bucket_location: 'us-central-1',
        use_https: 'True',
      },
    })

    const mc = await download(page, dialog, 'MinIO client alias (mc alias import)', 'eu-central-4')
    expect(mc.name).toBe(`${stem}.mc-alias.json`)
    expect(JSON.parse(mc.text)).toEqual({
      url: 'https://s3.eu-central-4.ionoscloud.com',
      accessKey,
      secretKey: secret,
      api: 's3v4',
      path: 'auto',
    })

    // The choice is remembered for the next key; the secret is not kept anywhere.
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
    expect(stored).toContain('eu-central-4')
    expect(stored).not.toContain(secret)
    await dialog.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Generate key' }).click()
    await page
      .getByRole('dialog', { name: 'Generate a key' })
      .getByRole('button', { name: 'Generate' })
      .click()
    await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveText(
      'MinIO client alias (mc alias import)',
    )
    await expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-central-4')
  })

  test('falls back to the documented regions, and says so, when /regions fails', async ({
    page,
    emulator,
  }) => {
    await emulator.injectFault({
      method: 'GET',
      path: '/s3-management/regions',
      status: 500,
      times: 5,
    })
    const { dialog, pair } = await generateAsAlice(page)
    await expect(dialog).toContainText('the documented list is offered')
    await expect(dialog.getByRole('combobox', { name: 'Region' })).toHaveValue('eu-central-3')
    const env = await download(page, dialog, '.env file (AWS and IONOS variables)', 'eu-central-4')
    expect(parseEnv(env.text)).toMatchObject({
      AWS_ACCESS_KEY_ID: pair.accessKey,
      AWS_REGION: 'eu-central-4',
      AWS_ENDPOINT_URL_S3: 'https://s3.eu-central-4.ionoscloud.com',
    })
  })

  test('shows a legacy key’s regions, and offers its renewed pair only those, naming the others', async ({
    page,
    emulator,
  }) => {
    void emulator
    await recordRevokedUrls(page)
    await signIn(page, 'dave@example.com')
    const legacy = page
      .getByRole('table', { name: 'Your Object Storage keys' })
      .getByRole('row')
      .filter({ hasText: 'Legacy' })
    await expect(legacy.getByText('Regions: de, eu-central-2, eu-south-2')).toBeVisible()
    await legacy.getByRole('button', { name: /^Renew secret of key / }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Renew secret' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
    const region = dialog.getByRole('combobox', { name: 'Region' })
    await expect(region).toHaveValue('de')
    await expect(region.locator('option')).toHaveText([
      'de (de/fra)',
      'eu-central-2 (de/txl)',
      'eu-south-2 (es/vit)',
    ])
    await expect(dialog.getByText(/not offered/)).toContainText(
      'so the other regions are not offered: eu-central-3 (de/txl), eu-central-4 (de/fra), us-central-1',
    )
    const pair = await readPair(dialog)
    const rclone = await download(page, dialog, 'rclone remote')
    expect(parseIni(rclone.text).ionos).toMatchObject({
      access_key_id: pair.accessKey,
      secret_access_key: pair.secret,
      region: 'de',
      endpoint: 's3.eu-central-1.ionoscloud.com',
    })
  })
})
