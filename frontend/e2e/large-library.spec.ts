import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  installFrameRecorder,
  startRecording,
  stopRecording,
  type FrameReport,
} from './support/frames';
import { screenshot, signIn } from './support/session';

const PHOTOS = 10_000;
const MONTHS = 72;
const MINUTE = 60_000;

interface Month {
  month: string;
  count: number;
  /** The library-wide number of the month's newest photo. */
  first: number;
}

// Six years, December 2026 back to January 2021, each month a different
// size; the oldest takes the rest, several pages of the SPA's 200.
const months: Month[] = (() => {
  const list: Month[] = [];
  let first = 0;
  for (let i = 0; i < MONTHS; i++) {
    const date = new Date(Date.UTC(2026, 11 - i, 1));
    const count = i < MONTHS - 1 ? 80 + ((i * 53) % 101) : PHOTOS - first;
    list.push({ month: date.toISOString().slice(0, 7), count, first });
    first += count;
  }
  return list;
})();
const oldest = months.at(-1)!;

function photo(month: Month, index: number) {
  const n = month.first + index;
  const [year, number] = month.month.split('-').map(Number);
  const takenAt = Date.UTC(year!, number! - 1, 28, 12) - index * MINUTE;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    fileName: `photo-${n}.jpg`,
    contentType: 'image/jpeg',
    sizeBytes: 11_832,
    width: 640,
    height: 480,
    takenAt: new Date(takenAt).toISOString(),
    uploadedAt: '2026-12-01T12:00:00Z',
  };
}

// GET /api/photos?month=…&limit=…&cursor=…, the cursor being the position
// in the month of the next page's first photo.
function monthPage(url: URL) {
  const month = months.find((m) => m.month === url.searchParams.get('month'));
  if (!month) {
    return { items: [], nextCursor: null };
  }
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const end = Math.min(month.count, start + limit);
  const items = Array.from({ length: end - start }, (_, i) =>
    photo(month, start + i),
  );
  return { items, nextCursor: end < month.count ? String(end) : null };
}

interface Traffic {
  thumbnails: number;
  months: Set<string>;
}

// The catalogue is served by the test so that a library of 10 000 photos
// exists without uploading them; everything else is the real stack.
async function serveLibrary(page: Page): Promise<Traffic> {
  const jpeg = await readFile(
    path.join(import.meta.dirname, 'fixtures', 'sample.jpg'),
  );
  const traffic: Traffic = { thumbnails: 0, months: new Set() };
  await page.route('**/api/photos/timeline', (route) =>
    route.fulfill({
      json: { months: months.map(({ month, count }) => ({ month, count })) },
    }),
  );
  await page.route(
    (url) => url.pathname === '/api/photos' && url.searchParams.has('month'),
    (route) => {
      const url = new URL(route.request().url());
      traffic.months.add(url.searchParams.get('month')!);
      return route.fulfill({ json: monthPage(url) });
    },
  );
  await page.route(
    (url) =>
      url.pathname.endsWith('/content') &&
      url.searchParams.get('variant') === 'thumb',
    (route) => {
      traffic.thumbnails++;
      return route.fulfill({ body: jpeg, contentType: 'image/jpeg' });
    },
  );
  return traffic;
}

function report(step: string, frames: FrameReport) {
  console.log(
    `frame timings, ${step}: ${frames.frames} frames, longest ${frames.longestFrameMs} ms, ` +
      `p95 ${frames.p95FrameMs} ms, ${frames.longTasks} long tasks totalling ${frames.longTaskTotalMs} ms`,
  );
  // A generous bound: the page must not freeze, not meet a frame budget on a
  // shared two-core machine.
  expect(frames.longestFrameMs).toBeLessThan(2_000);
}

test('the scrubber takes a library of 10 000 photos to its oldest month', async ({
  page,
}) => {
  expect(oldest.first + oldest.count).toBe(PHOTOS);
  expect(oldest.count).toBeGreaterThan(200);
  const traffic = await serveLibrary(page);
  await installFrameRecorder(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  const timeline = page.getByRole('region', { name: 'Your photos' });
  const scrubber = page.getByRole('slider', { name: 'Go to month' });
  await expect(timeline.getByRole('heading', { level: 2 }).first()).toHaveText(
    'December 2026',
  );
  await expect(
    timeline.getByRole('img', { name: 'photo-0.jpg' }),
  ).toBeVisible();

  await test.step('dragging the scrubber to its foot reaches January 2021', async () => {
    const box = (await scrubber.boundingBox())!;
    const x = box.x + box.width / 2;
    await startRecording(page);
    await page.mouse.move(x, box.y + 2);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) {
      await page.mouse.move(x, box.y + 2 + ((box.height - 4) * step) / 30);
    }
    await page.mouse.up();

    await expect(scrubber).toHaveAttribute('aria-valuetext', 'January 2021');
    await expect(
      timeline.getByRole('img', { name: `photo-${PHOTOS - 1}.jpg` }),
    ).toBeVisible();
    report('drag to the oldest month', await stopRecording(page));
    await screenshot(page, 'timeline-10000.png', false);
  });

  await test.step('few tiles are mounted and few thumbnails fetched', async () => {
    const mounted = await timeline
      .getByRole('button', { name: /^Open / })
      .count();
    console.log(
      `after the jump: ${mounted} tiles mounted, ${traffic.thumbnails} thumbnails ` +
        `and ${traffic.months.size} of ${MONTHS} months fetched`,
    );
    expect(mounted).toBeLessThan(200);
    expect(traffic.thumbnails).toBeLessThan(PHOTOS / 20);
    expect(traffic.months.size).toBeLessThan(MONTHS / 2);
  });

  await test.step('the keyboard reaches the top of the oldest month, the newest, and a year on', async () => {
    await startRecording(page);
    await scrubber.focus();
    await page.keyboard.press('End');
    await expect(
      timeline.getByRole('heading', { name: 'January 2021' }),
    ).toBeVisible();
    await expect(
      timeline.getByRole('img', { name: `photo-${oldest.first}.jpg` }),
    ).toBeVisible();
    await page.keyboard.press('Home');
    await expect(scrubber).toHaveAttribute('aria-valuetext', 'December 2026');
    await page.keyboard.press('PageDown');
    await expect(scrubber).toHaveAttribute('aria-valuetext', 'December 2025');
    await expect(
      timeline.getByRole('heading', { name: 'December 2025' }),
    ).toBeVisible();
    await page.mouse.move(640, 400);
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, 600);
    }
    await expect(timeline.getByRole('img').first()).toBeVisible();
    report('keys and wheel scrolling', await stopRecording(page));
  });

  await test.step('on a phone the scrubber is a handle that still drags', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const box = (await scrubber.boundingBox())!;
    expect(box.width).toBeLessThan(40);
    await page.mouse.move(box.x + box.width / 2, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    await expect(timeline.getByRole('img').first()).toBeVisible();
    await screenshot(page, 'timeline-10000-phone.png', false);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(375);
  });
});
