import { expect, test } from '@playwright/test';
import path from 'node:path';
import {
  accountButton,
  deleteAllPhotos,
  requiredEnv,
  screenshot,
} from './support/session';

const samplePhoto = path.join(import.meta.dirname, 'fixtures', 'sample.jpg');

test('a person signs in, uploads a photo, sees it, trashes it and deletes it forever', async ({
  page,
}) => {
  const username = requiredEnv('E2E_USER');
  const password = requiredEnv('E2E_PASSWORD');
  const photo = page.getByRole('img', { name: 'sample.jpg' });

  await test.step('the signed-out landing page offers sign-in', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Photos' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await screenshot(page, '00-signed-out.png');
  });

  await test.step('signing in at the issuer returns to the app', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(accountButton(page)).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    await deleteAllPhotos(page);
  });

  await test.step('an uploaded photo appears as a thumbnail', async () => {
    await page.getByLabel('Upload photos').setInputFiles(samplePhoto);

    await expect(photo).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await screenshot(page, '01-uploaded.png');
  });

  await test.step('a deleted photo leaves the timeline for the trash', async () => {
    await page.getByRole('button', { name: 'Delete sample.jpg' }).click();

    await expect(page.getByText('Moved to trash')).toBeVisible();
    await expect(photo).toHaveCount(0);
    await expect(page.getByText('No photos yet')).toBeVisible();
    await screenshot(page, '02-deleted.png');
  });

  await test.step('the trash holds the photo until it is deleted forever', async () => {
    await page.getByRole('link', { name: 'Trash' }).click();
    const trash = page.getByRole('list', { name: 'Photos in the trash' });
    await expect(trash.getByRole('img', { name: 'sample.jpg' })).toBeVisible();
    await expect(trash.getByRole('listitem')).toContainText('days left');
    await screenshot(page, '03-trash.png');

    await page
      .getByRole('button', { name: 'Delete forever: sample.jpg' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Delete sample.jpg forever?',
    });
    await dialog.getByRole('button', { name: 'Delete forever' }).click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('The trash is empty')).toBeVisible();
    await page.getByRole('link', { name: 'Photos' }).click();
    await expect(page.getByText('No photos yet')).toBeVisible();
  });

  await test.step('signing out returns to the landing page', async () => {
    await accountButton(page).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();

    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});
