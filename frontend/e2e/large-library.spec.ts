import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { screenshot, signIn } from './support/session';

const PHOTOS = 10_000;
// Larger pages than the SPA asks for keep the test short; the SPA follows
// nextCursor and does not count items.
const PAGE_SIZE = 1_000;
const HOUR = 3_600_000;
const newest = Date.parse('2026-12-01T12:00:00Z');

// The catalogue is served by the test so that a library of 10 000 photos
// exists without uploading them; everything else is the real stack.
function listing(cursor: number) {
  const items = Array.from({ length: PAGE_SIZE }, (_, i) => {
    const n = cursor + i;
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      fileName: `photo-${n}.jpg`,
      contentType: 'image/jpeg',
      sizeBytes: 11_832,
      width: 640,
      height: 480,
      takenAt: null,
      uploadedAt: new Date(newest - n * HOUR).toISOString(),
    };
  });
  const next = cursor + PAGE_SIZE;
  return { items, nextCursor: next < PHOTOS ? String(next) : null };
}

test('a library of 10 000 photos scrolls to its end with few tiles mounted', async ({
  page,
}) => {
  const jpeg = await readFile(
    path.join(import.meta.dirname, 'fixtures', 'sample.jpg'),
  );
  let thumbnailRequests = 0;
  await page.route(
    (url) => url.pathname === '/api/photos',
    (route) => {
      const url = new URL(route.request().url());
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      return route.fulfill({ json: listing(cursor) });
    },
  );
  await page.route(
    (url) =>
      url.pathname.endsWith('/content') &&
      url.searchParams.get('variant') === 'thumb',
    (route) => {
      thumbnailRequests++;
      return route.fulfill({ body: jpeg, contentType: 'image/jpeg' });
    },
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  const timeline = page.getByRole('region', { name: 'Your photos' });
  await expect(timeline.getByRole('heading', { level: 2 }).first()).toHaveText(
    'December 2026',
  );

  await expect
    .poll(
      async () => {
        await page.evaluate(() =>
          window.scrollTo(0, document.documentElement.scrollHeight),
        );
        return page.locator('.load-more').count();
      },
      { timeout: 45_000, intervals: [100] },
    )
    .toBe(0);
  await page.evaluate(() =>
    window.scrollTo(0, document.documentElement.scrollHeight),
  );

  await expect(
    timeline.getByRole('img', { name: 'photo-9999.jpg' }),
  ).toBeVisible();
  const mounted = await timeline
    .getByRole('button', { name: /^Open / })
    .count();
  expect(mounted).toBeLessThan(200);
  expect(thumbnailRequests).toBeLessThan(PHOTOS / 4);
  await screenshot(page, 'timeline-10000.png', false);
});
