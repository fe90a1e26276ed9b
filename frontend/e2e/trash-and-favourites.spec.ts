import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { deleteAllPhotos, screenshot, signIn } from './support/session';

const samplePhoto = path.join(import.meta.dirname, 'fixtures', 'sample.jpg');

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await deleteAllPhotos(page);
});

test.afterEach(async ({ page }) => {
  await deleteAllPhotos(page);
});

test('a photo is favourited, trashed, restored and renamed', async ({
  page,
}) => {
  await page.getByLabel('Upload photos').setInputFiles(samplePhoto);
  await expect(thumbnail(page, 'sample.jpg')).toBeVisible({ timeout: 30_000 });

  await test.step('the heart puts the photo among the favourites', async () => {
    const heart = page.getByRole('button', { name: 'Favourite sample.jpg' });
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH',
    );
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    expect((await saved).status()).toBe(200);

    await view(page, 'Favourites').click();

    await expect(view(page, 'Favourites')).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(thumbnail(page, 'sample.jpg')).toBeVisible();
    await screenshot(page, 'favourites.png', false);
  });

  await test.step('a trashed photo leaves the favourites for the trash', async () => {
    await page.getByRole('button', { name: 'Delete sample.jpg' }).click();

    await expect(page.getByText('Moved to trash')).toBeVisible();
    await expect(page.getByText('No favourites yet')).toBeVisible();
    await view(page, 'Trash').click();
    const trash = page.getByRole('list', { name: 'Photos in the trash' });
    await expect(trash.getByRole('img', { name: 'sample.jpg' })).toBeVisible();
    await expect(
      page.getByText('deleted forever 30 days after they were moved there'),
    ).toBeVisible();
  });

  await test.step('a restored photo is back, still a favourite', async () => {
    await page.getByRole('button', { name: 'Restore sample.jpg' }).click();

    await expect(page.getByText('The trash is empty')).toBeVisible();
    await view(page, 'Photos').click();
    await expect(thumbnail(page, 'sample.jpg')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Favourite sample.jpg' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('the viewer renames the photo', async () => {
    await page.getByRole('button', { name: 'Open sample.jpg' }).click();
    const viewer = page.getByRole('dialog');
    await viewer.getByRole('button', { name: 'Info' }).click();
    await viewer.getByRole('button', { name: 'Rename' }).click();
    const field = viewer.getByRole('textbox', { name: 'File name' });

    await field.fill('harbour.jpg');
    await field.press('Enter');

    await expect(viewer).toHaveAccessibleName('harbour.jpg');
    await expect(field).toHaveCount(0);
    await viewer.getByRole('button', { name: 'Close' }).click();
    await expect(thumbnail(page, 'harbour.jpg')).toBeVisible();
  });

  await test.step('every change was kept by the server', async () => {
    await page.reload();

    await expect(thumbnail(page, 'harbour.jpg')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Favourite harbour.jpg' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('emptying the trash, once confirmed, leaves it empty', async () => {
    await page.getByRole('button', { name: 'Delete harbour.jpg' }).click();
    await expect(thumbnail(page, 'harbour.jpg')).toHaveCount(0);
    await view(page, 'Trash').click();
    const trash = page.getByRole('list', { name: 'Photos in the trash' });
    await expect(trash.getByRole('img', { name: 'harbour.jpg' })).toBeVisible();

    await page.getByRole('button', { name: 'Empty trash' }).click();
    const dialog = page.getByRole('dialog', { name: 'Empty the trash?' });
    await expect(dialog).toContainText(
      '1 photo in the trash will be deleted forever',
    );
    await dialog.getByRole('button', { name: 'Empty trash' }).click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('The trash is empty')).toBeVisible();
    await expect(page.getByText('1 photo deleted forever')).toBeVisible();
    await page.reload();
    await expect(page.getByText('The trash is empty')).toBeVisible();
    await view(page, 'Photos').click();
    await expect(page.getByText('No photos yet')).toBeVisible();
  });
});

function view(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('link', { name });
}

function thumbnail(page: Page, name: string) {
  return page.getByRole('region', { name: 'Your photos' }).getByRole('img', {
    name,
  });
}
