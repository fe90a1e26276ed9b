import { comparePhotos } from '../features/photos/api/photo-cache';
import type { Photo } from '../features/photos/api/photos-api';
import { photoMonth } from '../features/timeline/utils/group-by-month';
import { jsonResponse, notFound, stubApi } from './fake-api';
import { imageResponse } from './photos';

export const me = {
  id: 'u1',
  displayName: 'Ada from the profile',
  email: 'ada@example.com',
  quotaBytes: 1_000_000,
  createdAt: '2025-01-01T00:00:00Z',
};

type Answer = Response | Promise<Response>;

/**
 * An in-memory photo-service behind a stubbed fetch: listings, favourites,
 * trash, usage and renames behave as the contract says, one page each.
 * `override` answers a request ("PATCH /api/photos/p1") differently.
 */
export function fakeCatalogue(initial: Photo[], quotaBytes = 1_000_000) {
  const photos = new Map(initial.map((photo) => [photo.id, { ...photo }]));
  const override = new Map<string, () => Answer>();
  const known = new Map<string, string>();
  const listed = (keep: (photo: Photo) => boolean) =>
    [...photos.values()].filter(keep).sort(comparePhotos);

  const routes: [RegExp, (match: string[], body: unknown) => Answer][] = [
    [/^GET \/api\/users\/me$/, () => jsonResponse(me)],
    [/^GET \/api\/usage$/, () => jsonResponse(usage(listed, quotaBytes))],
    [
      /^GET \/api\/photos\/timeline$/,
      () => jsonResponse({ months: monthCounts(listed((p) => !p.trashedAt)) }),
    ],
    [
      /^GET \/api\/photos\?month=([\d-]+)&limit=200$/,
      ([, month]) =>
        page(listed((p) => !p.trashedAt && photoMonth(p) === month)),
    ],
    [
      /^GET \/api\/photos\?limit=100(&favourite=true)?$/,
      ([, favourites]) =>
        page(listed((p) => !p.trashedAt && (!favourites || !!p.favourite))),
    ],
    [/^GET \/api\/trash\?limit=100$/, () => page(listed((p) => !!p.trashedAt))],
    [/^GET \/api\/photos\/\w+\/content/, () => imageResponse()],
    [
      /^PATCH \/api\/photos\/(\w+)$/,
      ([, id], body) => change(id!, (p) => Object.assign(p, body)),
    ],
    [
      /^DELETE \/api\/photos\/(\w+)$/,
      ([, id]) => {
        change(id!, (p) => (p.trashedAt = '2026-12-01T10:00:00Z'));
        return new Response(null, { status: 204 });
      },
    ],
    [
      /^POST \/api\/photos\/(\w+)\/restore$/,
      ([, id]) => change(id!, (p) => (p.trashedAt = null)),
    ],
    [
      /^DELETE \/api\/trash\/(\w+)$/,
      ([, id]) => {
        photos.delete(id!);
        return new Response(null, { status: 204 });
      },
    ],
    [
      /^DELETE \/api\/trash$/,
      () => {
        const trashed = listed((p) => !!p.trashedAt);
        trashed.forEach((photo) => photos.delete(photo.id));
        return jsonResponse({ purged: trashed.length });
      },
    ],
    [
      /^POST \/api\/photos\/check$/,
      (_, body) => {
        const hashes = (body as { sha256: string[] }).sha256;
        const found = hashes.filter((hash) => known.has(hash));
        return jsonResponse({
          known: found.map((sha256) => ({
            sha256,
            photoId: known.get(sha256),
          })),
        });
      },
    ],
  ];

  function change(id: string, edit: (photo: Photo) => void): Response {
    const photo = photos.get(id);
    if (!photo) {
      return notFound('', id);
    }
    edit(photo);
    return jsonResponse(photo);
  }

  const fetch = stubApi((method, url, body) => {
    const request = `${method} ${url}`;
    const replaced = override.get(request);
    if (replaced) {
      return replaced();
    }
    for (const [pattern, answer] of routes) {
      const match = request.match(pattern);
      if (match) {
        return answer([...match], body);
      }
    }
    return notFound(method, url);
  });

  return { photos, override, known, fetch };
}

function page(items: Photo[]): Response {
  return jsonResponse({ items, nextCursor: null });
}

function usage(
  listed: (keep: (photo: Photo) => boolean) => Photo[],
  quotaBytes: number,
) {
  const all = listed(() => true);
  const trashed = listed((photo) => !!photo.trashedAt);
  const bytes = (photos: Photo[]) =>
    photos.reduce((total, photo) => total + photo.sizeBytes, 0);
  return {
    usedBytes: bytes(all),
    photoCount: all.length,
    trashedBytes: bytes(trashed),
    trashedCount: trashed.length,
    quotaBytes,
  };
}

function monthCounts(photos: Photo[]) {
  const counts = new Map<string, number>();
  photos.forEach((photo) => {
    const month = photoMonth(photo);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  });
  return [...counts].map(([month, count]) => ({ month, count }));
}
