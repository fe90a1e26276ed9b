import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';

const samplePhoto = path.join(import.meta.dirname, 'fixtures', 'sample.jpg');
const screenshotDir = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Set ${name} to run the browser journey`);
  }
  return value;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(screenshotDir, name),
    fullPage: true,
  });
}

test('a person signs in, uploads a photo, sees it and deletes it', async ({
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

    await expect(page.getByRole('banner')).toContainText('Signed in as');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
  });

  await test.step('an uploaded photo appears as a thumbnail', async () => {
    await page.getByLabel('Upload photos').setInputFiles(samplePhoto);

    await expect(photo).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await screenshot(page, '01-uploaded.png');
  });

  await test.step('a deleted photo leaves the library', async () => {
    await page.getByRole('button', { name: 'Delete sample.jpg' }).click();

    await expect(photo).toHaveCount(0);
    await expect(page.getByText('No photos yet')).toBeVisible();
    await screenshot(page, '02-deleted.png');
  });
});
