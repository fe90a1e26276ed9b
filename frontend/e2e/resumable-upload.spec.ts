import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { noisePng } from './support/png';
import {
  accessToken,
  deleteAllPhotos,
  screenshot,
  signIn,
} from './support/session';

// 2 900 x 2 900 random pixels stored uncompressed: about 24 MB, over the
// 20 MB from which the SPA uses the resumable API, so four 8 MB chunks.
const photo = {
  name: 'panorama.png',
  mimeType: 'image/png',
  buffer: noisePng(2900, 2900),
};

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await deleteAllPhotos(page);
});

test.afterEach(async ({ page }) => {
  await abortUnfinishedUploads(page);
  await deleteAllPhotos(page);
});

test('a large photo uploads in chunks and survives a dropped connection', async ({
  page,
}) => {
  expect(photo.buffer.length).toBeGreaterThan(20 * 1024 * 1024);
  const uploads = page.getByRole('region', { name: 'Uploads' });
  const chunkOneTries: string[] = [];
  const chunksSent: string[] = [];
  page.on('requestfinished', (request) => {
    const chunk = request.url().match(/\/api\/uploads\/[^/]+\/chunks\/(\d+)$/);
    if (chunk && request.method() === 'PUT') {
      chunksSent.push(chunk[1]!);
    }
  });

  await test.step('the first try of chunk 1 loses the network', async () => {
    await page.route('**/api/uploads/*/chunks/1', async (route) => {
      chunkOneTries.push(route.request().method());
      if (chunkOneTries.length === 1) {
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
  });

  const completed = page.waitForResponse(
    (response) =>
      /\/api\/uploads\/[^/]+\/complete$/.test(response.url()) &&
      response.request().method() === 'POST',
    { timeout: 150_000 },
  );
  await page.getByLabel('Upload photos').setInputFiles(photo);

  await test.step('the upload finishes after sending chunk 1 again', async () => {
    const completion = await completed;
    expect(completion.status()).toBe(201);
    await expect(uploads.getByRole('status')).toHaveText('1 of 1 uploaded', {
      timeout: 60_000,
    });
    await expect(
      uploads.getByRole('listitem').filter({ hasText: photo.name }),
    ).toContainText('Uploaded');
    expect(chunkOneTries).toEqual(['PUT', 'PUT']);
    expect([...chunksSent].sort()).toEqual(['0', '1', '2', '3']);
    await expect(thumbnail(page, photo.name)).toBeVisible({ timeout: 60_000 });
    await screenshot(page, 'upload-resumable.png', false);
  });

  await test.step('the stored original has exactly the bytes sent', async () => {
    const { id } = (await (await completed).json()) as { id: string };
    const original = await page.request.get(
      `/api/photos/${id}/content?variant=original`,
      { headers: { Authorization: `Bearer ${await accessToken(page)}` } },
    );
    expect(original.status()).toBe(200);
    expect(sha256(await original.body())).toBe(sha256(photo.buffer));
  });

  await test.step('nothing is left to resume', async () => {
    expect(await unfinishedUploadIds(page)).toEqual([]);
  });
});

function thumbnail(page: Page, name: string) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img', {
    name,
  });
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The uploads the SPA remembers as unfinished, from its localStorage. */
async function unfinishedUploadIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('photoapp.uploads.'))
      .flatMap((key) =>
        (
          JSON.parse(localStorage.getItem(key) ?? '[]') as {
            uploadId: string;
          }[]
        ).map((entry) => entry.uploadId),
      ),
  );
}

// A failed run must not leave staged chunks behind for the next one: twenty
// unfinished uploads would refuse every further declaration.
async function abortUnfinishedUploads(page: Page): Promise<void> {
  const ids = await unfinishedUploadIds(page);
  if (ids.length === 0) {
    return;
  }
  const token = await accessToken(page);
  for (const id of ids) {
    await page.request.delete(`/api/uploads/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }
}
