import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { gradientPng, type Rgb } from './support/png';
import {
  accountButton,
  deleteAllPhotos,
  screenshot,
  signIn,
} from './support/session';

const colours: Record<string, Rgb> = {
  'coast.png': [32, 120, 200],
  'forest.png': [40, 150, 70],
  'sunset.png': [230, 110, 40],
};

// Noisy 900x600 images are about 1.5 MB each, large enough for the throttled
// upload below to show its progress for a moment.
const photos = Object.entries(colours).map(([name, colour]) => ({
  name,
  mimeType: 'image/png',
  buffer: gradientPng(900, 600, colour),
}));

const harbour = {
  name: 'harbour.png',
  mimeType: 'image/png',
  buffer: gradientPng(900, 600, [90, 70, 160]),
};

const notAnImage = {
  name: 'notes.jpg',
  mimeType: 'image/jpeg',
  buffer: Buffer.from('These are notes, not a photo.\n'),
};

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await deleteAllPhotos(page);
});

test.afterEach(async ({ page }) => {
  await deleteAllPhotos(page);
});

test('uploading several photos shows their progress and fills the timeline', async ({
  page,
}) => {
  const uploads = page.getByRole('region', { name: 'Uploads' });

  await test.step('each file shows its progress while it uploads', async () => {
    await throttleUploads(page, 2_000_000);
    await page
      .getByLabel('Upload photos')
      .setInputFiles([...photos, notAnImage]);

    await expect(uploads.getByRole('status')).toContainText('Uploading');
    await expect(
      uploads.getByRole('progressbar', { name: 'Overall upload progress' }),
    ).toBeVisible();
    await screenshot(page, 'upload-progress.png', false);
  });

  await test.step('a file that is not an image fails alone', async () => {
    await expect(uploads.getByRole('alert')).toContainText('notes.jpg:', {
      timeout: 30_000,
    });
    await expect(uploads.getByRole('status')).toHaveText('3 of 4 uploaded', {
      timeout: 30_000,
    });
    await throttleUploads(page, -1);
  });

  await test.step('the photos appear in the timeline without a reload', async () => {
    for (const { name } of photos) {
      await expect(thumbnail(page, name)).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
    await uploads.getByRole('button', { name: 'Dismiss' }).click();
    await expect(uploads).toHaveCount(0);
    await screenshot(page, 'timeline-desktop.png');
  });

  await test.step('the same file again is recognised as already stored', async () => {
    const checks: string[] = [];
    const sends: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'POST' && pathname === '/api/photos/check') {
        checks.push(pathname);
      } else if (request.method() === 'POST' && pathname === '/api/photos') {
        sends.push(pathname);
      }
    });

    await page.getByLabel('Upload photos').setInputFiles(photos[0]!);

    await expect(uploads.getByRole('status')).toHaveText(
      '0 of 1 uploaded, 1 already in your library',
    );
    await expect(
      uploads.getByRole('listitem').filter({ hasText: 'coast.png' }),
    ).toContainText('Already in your library');
    expect(checks).toHaveLength(1);
    expect(sends).toEqual([]);
    await expect(thumbnails(page)).toHaveCount(3);
    await uploads.getByRole('button', { name: 'Dismiss' }).click();
  });

  await test.step('the timeline fits a phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });

    await expect(thumbnail(page, 'coast.png')).toBeVisible();
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(page, 'timeline-phone.png', false);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Buttons fade to the new colours; the screenshot waits for the end.
    await expect(accountButton(page)).toHaveCSS(
      'background-color',
      'rgb(17, 19, 24)',
    );
    await screenshot(page, 'timeline-phone-dark.png', false);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('a phone shows each upload in progress', async () => {
    await throttleUploads(page, 1_000_000);
    await page.getByLabel('Upload photos').setInputFiles(harbour);

    await expect(
      uploads.getByRole('progressbar', {
        name: 'Upload progress of harbour.png',
      }),
    ).toBeVisible();
    await expect(uploads.getByRole('status')).toContainText('Uploading');
    await screenshot(page, 'upload-progress-phone.png', false);
    await expect(uploads.getByRole('status')).toHaveText('1 of 1 uploaded', {
      timeout: 30_000,
    });
    await throttleUploads(page, -1);
  });
});

test('the viewer steps through dropped photos and downloads the original', async ({
  page,
}) => {
  await dropFiles(page, photos.slice(0, 2));
  await expect(thumbnail(page, photos[0]!.name)).toBeVisible();
  await expect(thumbnail(page, photos[1]!.name)).toBeVisible();
  const viewer = page.getByRole('dialog');

  await test.step('a tile opens its photo full screen', async () => {
    await page.getByRole('button', { name: 'Open coast.png' }).click();

    await expect(viewer).toHaveAccessibleName('coast.png');
    await expect(viewer.getByRole('img', { name: 'coast.png' })).toBeVisible();
  });

  await test.step('the arrow key moves to the other photo', async () => {
    const other = (await isFirst(page, 'coast.png'))
      ? 'ArrowRight'
      : 'ArrowLeft';
    await page.keyboard.press(other);

    await expect(viewer).toHaveAccessibleName('forest.png');
    await expect(viewer.getByRole('img', { name: 'forest.png' })).toBeVisible();
    await viewer.getByRole('button', { name: 'Info' }).click();
    await expect(viewer.getByLabel('Photo details')).toContainText('900 × 600');
    await screenshot(page, 'viewer.png', false);
  });

  await test.step('the downloaded original has the bytes that were sent', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      viewer.getByRole('button', { name: 'Download original' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe('forest.png');
    const bytes = await readFile(await download.path());
    expect(bytes.equals(photos[1]!.buffer)).toBe(true);
  });

  await test.step('deleting from the viewer closes it, and Undo brings the photo back', async () => {
    await viewer.getByRole('button', { name: 'Delete' }).click();

    await expect(viewer).toHaveCount(0);
    await expect(thumbnail(page, 'forest.png')).toHaveCount(0);
    await expect(page.locator('[inert]')).toHaveCount(0);
    const toast = page
      .getByRole('status')
      .filter({ hasText: 'Moved to trash' });
    await toast.getByRole('button', { name: 'Undo' }).click();

    await expect(thumbnail(page, 'forest.png')).toBeVisible();
    await expect(thumbnails(page)).toHaveCount(2);
    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(page.getByText('The trash is empty')).toBeVisible();
  });
});

function thumbnails(page: Page) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img');
}

function thumbnail(page: Page, name: string) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img', {
    name,
  });
}

// Uploads to localhost finish at once; a slower uplink makes progress visible.
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
}

async function isFirst(page: Page, name: string): Promise<boolean> {
  const first = page
    .getByRole('region', { name: 'Your photos' })
    .getByRole('img')
    .first();
  return (await first.getAttribute('alt')) === name;
}

interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

// Playwright cannot drag files from the desktop, so the page is handed the
// same DataTransfer a real drop would carry.
async function dropFiles(page: Page, files: FixtureFile[]) {
  const encoded = files.map(({ name, mimeType, buffer }) => ({
    name,
    mimeType,
    base64: buffer.toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { name, mimeType, base64 } of files) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: mimeType }));
    }
    return transfer;
  }, encoded);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop photos to upload them')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop photos to upload them')).toHaveCount(0);
}
