import { expect, type Page } from '@playwright/test';
import path from 'node:path';

const screenshotDir = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Set ${name} to run the browser tests`);
  }
  return value;
}

export async function screenshot(
  page: Page,
  name: string,
  fullPage = true,
): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage });
}

/** Signs in at the issuer as E2E_USER and waits for the library to load. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(requiredEnv('E2E_USER'));
  await page.getByLabel('Password').fill(requiredEnv('E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountButton(page)).toBeVisible();
}

export function accountButton(page: Page) {
  return page.getByRole('button', { name: /^Account:/ });
}

/** The access token the SPA holds, to call the API as it does. */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) =>
      k.startsWith('oidc.user:'),
    );
    return key
      ? (JSON.parse(sessionStorage.getItem(key)!).access_token as string)
      : null;
  });
  if (!token) {
    throw new Error('Not signed in: no token in sessionStorage');
  }
  return token;
}

/**
 * Deletes every photo of the signed-in person through the API, with the
 * token the SPA holds, then empties the trash, so each test leaves the
 * library as it found it: empty, and with no bytes the duplicate check knows.
 */
export async function deleteAllPhotos(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) =>
      k.startsWith('oidc.user:'),
    );
    if (!key) {
      return;
    }
    const token = JSON.parse(sessionStorage.getItem(key)!).access_token;
    const headers = { Authorization: `Bearer ${token}` };
    for (;;) {
      const listing = await fetch('/api/photos?limit=200', { headers });
      const { items } = (await listing.json()) as { items: { id: string }[] };
      if (items.length === 0) {
        break;
      }
      for (const { id } of items) {
        await fetch(`/api/photos/${id}`, { method: 'DELETE', headers });
      }
    }
    await fetch('/api/trash', { method: 'DELETE', headers });
  });
}
