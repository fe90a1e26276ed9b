import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { gradientPng } from './support/png';
import {
  accountButton,
  deleteAllPhotos,
  screenshot,
  signIn,
} from './support/session';

// axe-core is injected as an inline script, which the app's policy refuses.
test.use({ bypassCSP: true });

const photos = [
  { name: 'lake.png', colour: [30, 110, 190] },
  { name: 'meadow.png', colour: [70, 160, 60] },
  { name: 'dunes.png', colour: [220, 150, 60] },
].map(({ name, colour }) => ({
  name,
  mimeType: 'image/png',
  buffer: gradientPng(480, 320, colour as [number, number, number]),
}));

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page);
  await deleteAllPhotos(page);
});

test.afterEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await deleteAllPhotos(page);
});

test('the main screens pass axe in light and dark, on a desktop and a phone', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.getByLabel('Upload photos').setInputFiles(photos);
  for (const { name } of photos) {
    await expect(thumbnail(page, name)).toBeVisible({ timeout: 30_000 });
  }
  await page
    .getByRole('region', { name: 'Uploads' })
    .getByRole('button', { name: 'Dismiss' })
    .click();

  for (const scheme of ['light', 'dark'] as const) {
    await test.step(`timeline and viewer, ${scheme}`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(DESKTOP);
      await settle(page);
      await expectNoAxeViolations(page, `timeline ${scheme}`);
      await screenshot(page, `timeline-${scheme}.png`, false);

      await page.getByRole('button', { name: 'Open meadow.png' }).click();
      const viewer = page.getByRole('dialog', { name: 'meadow.png' });
      await expect(
        viewer.getByRole('img', { name: 'meadow.png' }),
      ).toBeVisible();
      await viewer.getByRole('button', { name: 'Info' }).click();
      await expectNoAxeViolations(page, `viewer ${scheme}`);
      await screenshot(page, `viewer-${scheme}.png`, false);
      await page.setViewportSize(PHONE);
      await screenshot(page, `viewer-${scheme}-phone.png`, false);
      await viewer.getByRole('button', { name: 'Close' }).click();
      await expectNoAxeViolations(page, `timeline phone ${scheme}`);
      await screenshot(page, `timeline-${scheme}-phone.png`, false);
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  for (const size of [DESKTOP, PHONE]) {
    const device = size === DESKTOP ? 'desktop' : 'phone';

    await test.step(`account menu and deletion dialog, ${device}`, async () => {
      await page.setViewportSize(size);
      await accountButton(page).click();
      const menu = page.getByRole('menu', { name: 'Account' });
      await expect(menu).toBeVisible();
      await expect(
        page.getByRole('meter', { name: 'Storage used' }),
      ).toBeVisible();
      await settle(page);
      await expectNoAxeViolations(page, `account menu ${device}`);
      await screenshot(page, `account-menu-${device}.png`, false);

      await menu.getByRole('menuitem', { name: 'Delete account…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
      await dialog.getByLabel('Type DELETE to confirm').fill('DEL');
      await settle(page);
      await expectNoAxeViolations(page, `account deletion dialog ${device}`);
      await screenshot(page, `account-dialog-${device}.png`, false);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    });
  }

  await test.step('the trash', async () => {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Delete dunes.png' }).click();
    await expect(thumbnail(page, 'dunes.png')).toHaveCount(0);
    await page.getByRole('link', { name: 'Trash' }).click();
    const trash = page.getByRole('list', { name: 'Photos in the trash' });
    await expect(trash.getByRole('img', { name: 'dunes.png' })).toBeVisible();
    await settle(page);
    await expectNoAxeViolations(page, 'trash');
    await screenshot(page, 'trash-desktop.png', false);
    await page.setViewportSize(PHONE);
    await settle(page);
    await screenshot(page, 'trash-phone.png', false);

    await page.getByRole('button', { name: 'Empty trash' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Empty the trash?' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'empty trash dialog');
    await screenshot(page, 'trash-empty-dialog-phone.png', false);
  });
});

function thumbnail(page: Page, name: string) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img', {
    name,
  });
}

// Buttons fade between colours (120 ms) and the toast slides; axe and the
// screenshots wait for the end of every running animation but the shimmer.
async function settle(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) => animation.effect?.getTiming().iterations !== Infinity,
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
