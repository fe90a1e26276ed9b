import { expect, test, type Page } from '@playwright/test';
import { gradientPng } from './support/png';
import {
  accessToken,
  accountButton,
  deleteAllPhotos,
  requiredEnv,
  signIn,
} from './support/session';

const kept = {
  name: 'kept.png',
  mimeType: 'image/png',
  buffer: gradientPng(320, 240, [200, 60, 90]),
};
const trashed = {
  name: 'trashed.png',
  mimeType: 'image/png',
  buffer: gradientPng(320, 240, [60, 160, 200]),
};

// Self-contained: it signs in, fills the library and the trash, deletes the
// account and checks that signing in again finds a new, empty one. Other
// specs start from whatever the account holds, so its place in the run does
// not matter.
test('a deleted account signs the person out and leaves nothing behind', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await deleteAllPhotos(page);
  const ids: string[] = [];
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (
      response.request().method() === 'POST' &&
      pathname === '/api/photos' &&
      response.status() === 201
    ) {
      ids.push(((await response.json()) as { id: string }).id);
    }
  });

  await test.step('the library holds a photo and the trash another', async () => {
    await page.getByLabel('Upload photos').setInputFiles([kept, trashed]);
    await expect(thumbnail(page, 'kept.png')).toBeVisible({ timeout: 30_000 });
    await expect(thumbnail(page, 'trashed.png')).toBeVisible();
    await page.getByRole('button', { name: 'Delete trashed.png' }).click();
    await expect(thumbnail(page, 'trashed.png')).toHaveCount(0);
    expect(ids).toHaveLength(2);
  });

  await test.step('the account is deleted once DELETE is typed', async () => {
    await accountButton(page).click();
    await page.getByRole('menuitem', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const confirm = dialog.getByRole('button', { name: 'Delete account' });
    const field = dialog.getByLabel('Type DELETE to confirm');

    await field.fill('delete');
    await expect(confirm).toBeDisabled();
    await field.fill('DELETE');
    await confirm.click();

    await expect(
      page.getByRole('heading', { name: 'Your account was deleted' }),
    ).toBeVisible();
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user:')),
    );
    expect(stored).toEqual([]);
  });

  await test.step('signing in again finds an empty library and trash', async () => {
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await signInAtIssuerIfAsked(page);
    await expect(accountButton(page)).toBeVisible();
    const token = await accessToken(page);

    // Photos and files are erased by consumers of the UserDeleted event.
    for (const id of ids) {
      await expect
        .poll(() => status(page, token, `/api/photos/${id}`), {
          timeout: 30_000,
        })
        .toBe(404);
    }
    await page.reload();
    await expect(page.getByText('No photos yet')).toBeVisible();
    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(page.getByText('The trash is empty')).toBeVisible();
    const usage = await page.request.get('/api/usage', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await usage.json()).toMatchObject({ photoCount: 0, usedBytes: 0 });
  });
});

// The issuer may still hold its own session, in which case it answers
// without showing its form.
async function signInAtIssuerIfAsked(page: Page) {
  const username = page.getByLabel('Username');
  const back = accountButton(page);
  await expect(username.or(back)).toBeVisible();
  if (await username.isVisible()) {
    await username.fill(requiredEnv('E2E_USER'));
    await page.getByLabel('Password').fill(requiredEnv('E2E_PASSWORD'));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
}

async function status(page: Page, token: string, url: string) {
  const response = await page.request.get(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status();
}

function thumbnail(page: Page, name: string) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img', {
    name,
  });
}
