import { describe, expect, it } from 'vitest';
import { sha256Hex } from './find-duplicates';
import { fileHash, sha256Incremental } from './hash-file';

const ABC_SHA256 =
  'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY_SHA256 =
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sha256Incremental', () => {
  it('hashes a small blob to its known SHA-256, one byte at a time', async () => {
    expect(await sha256Incremental(new Blob(['abc']), undefined, 1)).toBe(
      ABC_SHA256,
    );
  });

  it('hashes an empty blob', async () => {
    expect(await sha256Incremental(new Blob([]))).toBe(EMPTY_SHA256);
  });

  it('agrees with Web Crypto over slices that do not divide the size', async () => {
    const bytes = Uint8Array.from(
      { length: 100_003 },
      (_, i) => (i * 31) % 251,
    );
    const blob = new Blob([bytes]);
    const hashed: number[] = [];

    const hash = await sha256Incremental(blob, (n) => hashed.push(n), 4096);

    expect(hash).toBe(await sha256Hex(blob));
    expect(hashed).toHaveLength(25);
    expect(hashed.at(-1)).toBe(100_003);
  });

  it('hashes a file once however often it is asked', () => {
    const file = new File(['abc'], 'a.png');

    expect(fileHash(file)).toBe(fileHash(file));
  });
});
