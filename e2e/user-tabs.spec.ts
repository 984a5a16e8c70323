import type { APIRequestContext, Page } from '@playwright/test'
import { demoGroups, demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn, submitSignInForm } from './helpers.ts'
import { serverState } from './server-state.ts'

// Whole stories with real HTTP and request-status polling; shared CI machines can be slow.
test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/** The names of the groups the server has the user in. */
async function groupsOnServer(request: APIRequestContext, userId: string) {
  const { groups } = await serverState(request)
  return groups.filter((group) => group.memberIds.includes(userId)).map((group) => group.name)
}

const tabs = (page: Page) => page.getByRole('tablist', { name: 'Parts of the user’s page' })

test.describe('a user’s page has the DCD’s tabs', () => {
  test('an admin opens bob, sees the tabs and switches to Groups with the keyboard', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.admin.email, '/users')
    await page
      .getByRole('table', { name: 'Users of the contract' })
      .getByRole('link', { name: 'Bob Brown' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.bob.id}/keys$`))
    const keysTab = tabs(page).getByRole('tab', { name: 'Object Storage Keys' })
    const groupsTab = tabs(page).getByRole('tab', { name: 'Groups' })
    await expect(keysTab).toHaveAttribute('aria-selected', 'true')
    await expect(groupsTab).toHaveAttribute('aria-selected', 'false')
    await expect(
      page
        .getByRole('tabpanel', { name: 'Object Storage Keys' })
        .getByRole('table', { name: 'Object Storage keys of Bob Brown' }),
    ).toBeVisible()

    await keysTab.focus()
    await page.keyboard.press('ArrowRight')
    await expect(groupsTab).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.bob.id}/groups$`))
    await expect(groupsTab).toHaveAttribute('aria-selected', 'true')
    const groups = page
      .getByRole('tabpanel', { name: 'Groups' })
      .getByRole('table', { name: 'Groups of Bob Brown' })
    await expect(groups.getByRole('row', { name: /^Object Storage users Yes/ })).toBeVisible()
    await expect(groupsTab).toBeFocused()

    // Each tab is a page of the history.
    await page.goBack()
    await expect(keysTab).toHaveAttribute('aria-selected', 'true')
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.bob.id}/keys$`))
    await page.goForward()
    await expect(groupsTab).toHaveAttribute('aria-selected', 'true')
    await expect(groups).toBeVisible()
  })

  test('a user’s address without a tab opens the keys', async ({ page, emulator }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, `/users/${demoUsers.alice.id}`)
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.alice.id}/keys$`))
    await expect(tabs(page).getByRole('tab', { name: 'Object Storage Keys' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  })

  test('an admin adds carol to a group from her Groups tab, and the server agrees', async ({
    page,
    emulator,
    request,
  }) => {
    void emulator
    await signIn(page, demoUsers.admin.email, `/users/${demoUsers.carol.id}/groups`)
    const panel = page.getByRole('tabpanel', { name: 'Groups' })
    const table = panel.getByRole('table', { name: 'Groups of Carol Clark' })
    await expect(table.getByRole('row', { name: /^Developers No/ })).toBeVisible()
    await expect(panel.getByText('Carol Clark cannot use Object Storage yet')).toBeVisible()

    await panel.getByRole('button', { name: 'Add to a group…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
    await dialog.getByRole('radio', { name: 'Backup operators' }).check()
    await dialog.getByRole('button', { name: 'Add to group' }).click()
    await expect(dialog).toBeHidden()
    await expect(table.getByRole('row', { name: /^Backup operators Yes/ })).toBeVisible()
    await expect(panel.getByText('Carol Clark cannot use Object Storage yet')).toBeHidden()
    expect(await groupsOnServer(request, demoUsers.carol.id)).toEqual([
      demoGroups.developers.name,
      demoGroups.backupOperators.name,
    ])

    // The keys tab now offers the first key.
    await tabs(page).getByRole('tab', { name: 'Object Storage Keys' }).click()
    await expect(page.getByRole('button', { name: 'Generate key' }).first()).toBeEnabled()
  })

  test('the keys tab of a user without the privilege leads to Groups with the dialog open', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, `/users/${demoUsers.carol.id}/keys`)
    await page.getByRole('link', { name: 'Add to a group…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
    await expect(dialog.getByRole('radio', { name: 'Object Storage users' })).toBeFocused()
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.carol.id}/groups$`))
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    // A reload does not open it again.
    await page.reload()
    await expect(page.getByRole('table', { name: 'Groups of Carol Clark' })).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('removing bob from his only group with the privilege says he loses his keys, and does it', async ({
    page,
    emulator,
    request,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, `/users/${demoUsers.bob.id}/groups`)
    await page.getByRole('button', { name: 'Remove Bob Brown from “Object Storage users”' }).click()
    const dialog = page.getByRole('dialog', {
      name: 'Remove Bob Brown from “Object Storage users”?',
    })
    await expect(dialog).toContainText('Without it, Bob Brown can no longer generate keys.')
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Remove' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('Bob Brown is in no group.')).toBeVisible()
    expect(await groupsOnServer(request, demoUsers.bob.id)).toEqual([])

    await tabs(page).getByRole('tab', { name: 'Object Storage Keys' }).click()
    await expect(
      page.getByRole('heading', { name: 'Bob Brown cannot use Object Storage yet' }),
    ).toBeVisible()
  })

  test('the Groups tab and the removal are accessible in both themes', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, `/users/${demoUsers.alice.id}/groups`)
    await expect(page.getByRole('table', { name: 'Groups of Alice Anderson' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'alice’s Groups tab')
    await page
      .getByRole('button', { name: 'Remove Alice Anderson from “Object Storage users”' })
      .click()
    await expect(page.getByRole('dialog')).toContainText('can no longer generate keys')
    await expectAccessibleInBothThemes(page, 'the removal confirmation')
  })
})

test.describe('a user’s tabs in German', () => {
  test.use({ locale: 'de-DE' })

  test('names the tabs and the groups in German', async ({ page, emulator }) => {
    void emulator
    await page.goto(`/users/${demoUsers.dave.id}/groups`)
    await submitSignInForm(page, demoUsers.admin.email, 'de')
    const tablist = page.getByRole('tablist', { name: 'Bereiche der Benutzerseite' })
    await expect(tablist.getByRole('tab', { name: 'Gruppen' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(tablist.getByRole('tab', { name: 'Object-Storage-Schlüssel' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Gruppen von Dave Davis' })
    await expect(table.getByRole('row', { name: /^Object Storage users Ja/ })).toBeVisible()
    await page
      .getByRole('button', { name: 'Dave Davis aus „Object Storage users“ entfernen' })
      .click()
    await expect(
      page.getByRole('dialog', { name: 'Dave Davis aus „Object Storage users“ entfernen?' }),
    ).toContainText('Ohne sie kann Dave Davis keine Schlüssel mehr erzeugen.')
  })
})
