import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** How much of a file is read at once while hashing it. */
export const HASH_SLICE = 4 * 1024 * 1024;

/**
 * SHA-256 of a blob in lower-case hex, read a slice at a time so a file of
 * gigabytes never sits in memory whole. Plain JavaScript, unlike Web Crypto,
 * which digests only whole buffers and exists in secure contexts alone.
 */
export async function sha256Incremental(
  blob: Blob,
  onProgress?: (hashed: number) => void,
  sliceSize = HASH_SLICE,
): Promise<string> {
  const hash = sha256.create();
  for (let start = 0; start < blob.size; start += sliceSize) {
    const slice = blob.slice(start, Math.min(blob.size, start + sliceSize));
    // A view made here: test environments hand back an ArrayBuffer of another
    // realm, which a Uint8Array check would refuse.
    hash.update(new Uint8Array(await slice.arrayBuffer()));
    onProgress?.(Math.min(blob.size, start + sliceSize));
  }
  return bytesToHex(hash.digest());
}

const hashes = new WeakMap<Blob, Promise<string>>();

/**
 * The hash of a file, computed once however many steps ask for it: the
 * duplicate check and then the declaration of a resumable upload.
 */
export function fileHash(file: Blob): Promise<string> {
  let hash = hashes.get(file);
  if (!hash) {
    hash = sha256Incremental(file);
    hashes.set(file, hash);
    // A failed read may succeed later (a file briefly locked, say).
    hash.catch(() => hashes.delete(file));
  }
  return hash;
}
