import type { Photo } from '../features/photos/api/photos-api';

/** A catalogue entry with plausible defaults; tests name what matters. */
export function aPhoto(overrides: Partial<Photo> & { id: string }): Photo {
  return {
    fileName: `${overrides.id}.jpg`,
    contentType: 'image/jpeg',
    sizeBytes: 1024,
    width: 640,
    height: 480,
    takenAt: null,
    uploadedAt: '2025-01-15T10:00:00Z',
    favourite: false,
    trashedAt: null,
    derivatives: true,
    ...overrides,
  };
}

export function imageResponse(): Response {
  return new Response(new Uint8Array([0xff, 0xd8, 0xff]), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
}
