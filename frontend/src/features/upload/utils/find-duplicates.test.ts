import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_BATCH,
  knownFileFinder,
  RESUMABLE_LIMIT,
  RESUMABLE_THRESHOLD,
  sha256Hex,
} from './find-duplicates';

type CheckHashes = (hashes: string[]) => Promise<Map<string, string>>;

const ABC_SHA256 =
  'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function file(content: string, name = `${content}.jpg`): File {
  return new File([content], name, { type: 'image/jpeg' });
}

describe('knownFileFinder', () => {
  it('hashes a file as SHA-256 in lower-case hex', async () => {
    expect(await sha256Hex(file('abc'))).toBe(ABC_SHA256);
  });

  it('answers the files whose hash the library knows, with the photo id', async () => {
    const check = vi.fn(
      async (hashes: string[]) =>
        new Map(hashes.filter((h) => h === ABC_SHA256).map((h) => [h, 'p7'])),
    );
    const abc = file('abc');
    const other = file('other');

    const known = await knownFileFinder(check)([abc, other]);

    expect([...known]).toEqual([[abc, 'p7']]);
    expect(check).toHaveBeenCalledOnce();
    expect(check.mock.calls[0]![0]).toHaveLength(2);
  });

  it(`asks about at most ${CHECK_BATCH} hashes at a time`, async () => {
    const check = vi.fn<CheckHashes>(async () => new Map());
    const files = Array.from({ length: CHECK_BATCH + 1 }, (_, i) =>
      file(`photo ${i}`),
    );

    await knownFileFinder(check)(files);

    expect(check.mock.calls.map(([hashes]) => hashes.length)).toEqual([
      CHECK_BATCH,
      1,
    ]);
  });

  it('neither hashes nor asks about empty files or files over the resumable limit', async () => {
    const check = vi.fn<CheckHashes>(async () => new Map());
    const huge = file('x');
    Object.defineProperty(huge, 'size', { value: RESUMABLE_LIMIT + 1 });

    const known = await knownFileFinder(check)([file(''), huge]);

    expect(known.size).toBe(0);
    expect(check).not.toHaveBeenCalled();
  });

  it('checks a file for the resumable API by the hash it is declared with', async () => {
    const check = vi.fn<CheckHashes>(async () => new Map([['big-hash', 'p9']]));
    const big = file('big');
    Object.defineProperty(big, 'size', { value: RESUMABLE_THRESHOLD + 1 });
    const hashOf = vi.fn(async () => 'big-hash');

    const known = await knownFileFinder(check, hashOf)([big]);

    expect(hashOf).toHaveBeenCalledExactlyOnceWith(big);
    expect([...known]).toEqual([[big, 'p9']]);
  });

  it('asks once about two files with the same bytes', async () => {
    const check = vi.fn(async () => new Map([[ABC_SHA256, 'p7']]));
    const first = file('abc', 'one.jpg');
    const second = file('abc', 'two.jpg');

    const known = await knownFileFinder(check)([first, second]);

    expect(check).toHaveBeenCalledExactlyOnceWith([ABC_SHA256]);
    expect([...known.keys()]).toEqual([first, second]);
  });
});
