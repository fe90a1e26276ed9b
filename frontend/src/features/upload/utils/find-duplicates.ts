import { fileHash } from './hash-file';

/** The one-shot upload limit (POST /api/photos). */
export const ONE_SHOT_LIMIT = 50 * 1024 * 1024;

/**
 * Files larger than this go through the resumable API, in chunks that can be
 * sent again; below it one request costs less than declaring an upload.
 */
export const RESUMABLE_THRESHOLD = 20 * 1024 * 1024;

/** The largest file the resumable API accepts; larger ones are not hashed. */
export const RESUMABLE_LIMIT = 4 * 1024 * 1024 * 1024;

/** The most hashes POST /api/photos/check takes at once. */
export const CHECK_BATCH = 1000;

/** Which files the library holds already, each with that photo's id. */
export type FindKnown = (files: File[]) => Promise<Map<File, string>>;

type CheckHashes = (hashes: string[]) => Promise<Map<string, string>>;

/** The SHA-256 of a file in lower-case hex. */
export type HashFile = (file: File) => Promise<string>;

/**
 * Hashes files one at a time and asks the catalogue which hashes it knows, up
 * to CHECK_BATCH per request.
 */
export function knownFileFinder(
  check: CheckHashes,
  hashOf: HashFile = checkHash,
): FindKnown {
  return async (files) => {
    const known = new Map<File, string>();
    const hashed: { file: File; hash: string }[] = [];
    for (const file of files) {
      if (file.size > 0 && file.size <= RESUMABLE_LIMIT) {
        hashed.push({ file, hash: await hashOf(file) });
      }
    }
    for (let start = 0; start < hashed.length; start += CHECK_BATCH) {
      const batch = hashed.slice(start, start + CHECK_BATCH);
      const answer = await check([...new Set(batch.map((h) => h.hash))]);
      for (const { file, hash } of batch) {
        const photoId = answer.get(hash);
        if (photoId) {
          known.set(file, photoId);
        }
      }
    }
    return known;
  };
}

/**
 * Web Crypto for a file sent in one piece (fast, and 20 MB in memory at most);
 * a larger file is read in slices, and its hash kept for the declaration.
 */
export function checkHash(file: File): Promise<string> {
  return file.size <= RESUMABLE_THRESHOLD && globalThis.crypto?.subtle
    ? sha256Hex(file)
    : fileHash(file);
}

export async function sha256Hex(file: Blob): Promise<string> {
  // A typed array view, not the buffer itself: test environments hand back
  // an ArrayBuffer of another realm, which Web Crypto refuses.
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
