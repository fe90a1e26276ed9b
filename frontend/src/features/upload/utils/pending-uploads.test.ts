import { beforeEach, describe, expect, it } from 'vitest';
import { PendingUploads, type PendingUpload } from './pending-uploads';

const KEY = 'photoapp.uploads.test';
const NOW = Date.parse('2026-12-03T12:00:00Z');

function entry(change: Partial<PendingUpload> = {}): PendingUpload {
  return {
    uploadId: 'u1',
    fileName: 'big.png',
    size: 30_000_000,
    lastModified: 1_700_000_000_000,
    sha256: 'ab'.repeat(32),
    expiresAt: '2026-12-04T12:00:00Z',
    ...change,
  };
}

const fileLike = (e: PendingUpload) => ({
  name: e.fileName,
  size: e.size,
  lastModified: e.lastModified,
});

function reload(): PendingUploads {
  return new PendingUploads(KEY, localStorage, () => NOW);
}

describe('PendingUploads', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a declared upload across a reload', () => {
    reload().add(entry());

    expect(reload().getSnapshot()).toEqual([entry()]);
  });

  it('matches a file by name, size and modification time', () => {
    reload().add(entry());
    const pending = reload();

    expect(pending.match(fileLike(entry()))).toEqual(entry());
    expect(pending.match({ ...fileLike(entry()), name: 'other.png' })).toBe(
      undefined,
    );
    expect(pending.match({ ...fileLike(entry()), size: 1 })).toBe(undefined);
    expect(pending.match({ ...fileLike(entry()), lastModified: 1 })).toBe(
      undefined,
    );
  });

  it('forgets uploads that expired while the page was closed', () => {
    reload().add(entry({ expiresAt: '2026-12-03T11:59:59Z' }));

    expect(reload().getSnapshot()).toEqual([]);
  });

  it('offers neither for resuming nor for matching an upload being sent', () => {
    const pending = reload();
    pending.add(entry());

    pending.setActive('u1', true);

    expect(pending.getSnapshot()).toEqual([]);
    expect(pending.match(fileLike(entry()))).toBe(undefined);
    pending.setActive('u1', false);
    expect(pending.getSnapshot()).toEqual([entry()]);
  });

  it('keeps the later expiry and forgets a removed upload', () => {
    const pending = reload();
    pending.add(entry());
    pending.add(entry({ uploadId: 'u2' }));

    pending.touch('u2', '2026-12-05T00:00:00Z');
    pending.remove('u1');

    expect(reload().getSnapshot()).toEqual([
      entry({ uploadId: 'u2', expiresAt: '2026-12-05T00:00:00Z' }),
    ]);
  });

  it('ignores storage it cannot read', () => {
    localStorage.setItem(KEY, '{not json');

    expect(reload().getSnapshot()).toEqual([]);
  });
});
