import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApiClient } from '../../../lib/api-client';
import {
  jsonResponse,
  notFound,
  problemResponse,
  requestsOf,
  stubApi,
} from '../../../test/fake-api';
import { stubXhr, type FakeUpload } from '../../../test/fake-xhr';
import { aPhoto } from '../../../test/photos';
import type { UploadedPhoto } from '../../photos/api/photos-api';
import { uploadsApi, type UploadStatus } from '../api/uploads-api';
import {
  RESUMABLE_LIMIT,
  RESUMABLE_THRESHOLD,
  sha256Hex,
} from './find-duplicates';
import { fileHash } from './hash-file';
import { PendingUploads } from './pending-uploads';
import {
  chunkRange,
  isRetryable,
  MAX_STALLS,
  missingChunks,
  receivedBytes,
  resumableSender,
  sendBySize,
} from './resumable-upload';
import {
  QUOTA_MESSAGE,
  UNREADABLE_MESSAGE,
  uploadError,
  UPLOAD_PROBLEM_MESSAGES,
} from './upload-queue';

const KEY = 'photoapp.uploads.test';
const CONTENT = 'abcdefghij';
// Chunks of 4 bytes: [0, 4), [4, 8) and [8, 10).
const CHUNK = 4;

function aFile(content = CONTENT, name = 'big.png'): File {
  return new File([content], name, { lastModified: 1_700_000_000_000 });
}

function problem(status: number, kind: string) {
  return problemResponse(status, {
    type: `https://photoapp.dev/problems/${kind}`,
    title: kind,
  });
}

/**
 * storage-service's upload endpoints behind a stubbed fetch; the chunks come
 * through the fake XMLHttpRequest and count once the test acknowledges them.
 */
function fakeUploadServer(received: number[] = []) {
  const state = { received: new Set(received), declared: [] as unknown[] };
  const override = new Map<string, () => Response>();
  const status = (): UploadStatus => ({
    id: 'u1',
    fileName: 'big.png',
    sizeBytes: CONTENT.length,
    chunkSize: CHUNK,
    chunkCount: 3,
    receivedChunks: [...state.received].sort(),
    expiresAt: '2099-01-01T00:00:00Z',
  });
  const fetch = stubApi((method, url, body) => {
    const request = `${method} ${url}`;
    const answer = override.get(request);
    if (answer) {
      return answer();
    }
    switch (request) {
      case 'POST /api/uploads':
        state.declared.push(body);
        return jsonResponse(status(), 201);
      case 'GET /api/uploads/u1':
        return jsonResponse(status());
      case 'POST /api/uploads/u1/complete':
        return jsonResponse(aPhoto({ id: 'p1', fileName: 'big.png' }), 201);
      case 'DELETE /api/uploads/u1':
        return new Response(null, { status: 204 });
      default:
        return notFound(method, url);
    }
  });
  const ack = (chunk: FakeUpload) => {
    state.received.add(Number(chunk.url.split('/').at(-1)));
    chunk.respond(204, null);
  };
  return { state, override, fetch, ack };
}

function sender(
  pending: PendingUploads,
  change: Partial<Parameters<typeof resumableSender>[0]> = {},
) {
  return resumableSender({
    api: uploadsApi,
    pending,
    hashOf: fileHash,
    findPhoto: async () => undefined,
    ...change,
  });
}

// Fake timers replace setTimeout; the test's own waits need the real one.
const realSetTimeout = globalThis.setTimeout;

// Lets requests and their answers run without moving the (fake) clock.
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) {
    await new Promise((resolve) => realSetTimeout(resolve, 0));
  }
  expect(condition()).toBe(true);
}

// Lets pending answers be read when there is nothing to wait for by name.
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => realSetTimeout(resolve, 0));
  }
}

function chunksOf(sent: FakeUpload[]): string[] {
  return sent.map((upload) => upload.url.replace('/api/uploads/u1/', ''));
}

function lastOf(sent: FakeUpload[], chunk: number): FakeUpload {
  return sent.findLast((upload) => upload.url.endsWith(`/chunks/${chunk}`))!;
}

describe('chunk arithmetic', () => {
  it('cuts a file into chunks of the declared size, the last one shorter', () => {
    const size = 2 * 8_388_608 + 5;

    expect([0, 1, 2].map((n) => chunkRange(n, 8_388_608, size))).toEqual([
      [0, 8_388_608],
      [8_388_608, 16_777_216],
      [16_777_216, size],
    ]);
  });

  it('lists the chunks still missing and counts the bytes received', () => {
    const status = {
      id: 'u1',
      fileName: 'a.png',
      sizeBytes: 10,
      chunkSize: 4,
      chunkCount: 3,
      receivedChunks: [2, 0],
      expiresAt: '',
    };

    expect(missingChunks(3, status.receivedChunks)).toEqual([1]);
    expect(receivedBytes(status)).toBe(6);
  });

  it('retries lost connections, server failures, timeouts and throttling only', () => {
    const retried = [0, 408, 429, 500, 503].map((status) =>
      isRetryable(new ApiError(status, '')),
    );
    const refused = [400, 404, 409, 410, 413, 422].map((status) =>
      isRetryable(new ApiError(status, '')),
    );

    expect(retried).toEqual([true, true, true, true, true]);
    expect(refused).toEqual([false, false, false, false, false, false]);
    expect(
      isRetryable(
        new ApiError(429, '', {
          type: 'https://photoapp.dev/problems/too-many-uploads',
        }),
      ),
    ).toBe(false);
  });
});

describe('resumableSender', () => {
  let sent: FakeUpload[];
  let pending: PendingUploads;

  beforeEach(() => {
    localStorage.clear();
    sent = stubXhr();
    pending = new PendingUploads(KEY, localStorage);
    configureApiClient({
      getAccessToken: async () => 'token-1',
      onUnauthorized: () => {},
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('declares the file with its hash, sends each chunk and completes it', async () => {
    const server = fakeUploadServer();
    const progress: number[] = [];
    const file = aFile();

    const done = sender(pending)(file, {
      onProgress: (loaded) => progress.push(loaded),
    });

    await until(() => sent.length === 2);
    expect(server.state.declared).toEqual([
      { fileName: 'big.png', sizeBytes: 10, sha256: await sha256Hex(file) },
    ]);
    expect(pending.match(file)).toBe(undefined);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject([
      { uploadId: 'u1', fileName: 'big.png', size: 10 },
    ]);
    expect(chunksOf(sent)).toEqual(['chunks/0', 'chunks/1']);
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: 'Bearer token-1',
      },
    });
    sent[1]!.progress(2, 4);
    expect(progress.at(-1)).toBe(2);
    server.ack(sent[0]!);
    await until(() => sent.length === 3);
    server.ack(sent[1]!);
    server.ack(sent[2]!);

    expect(await done).toMatchObject({ id: 'p1' });
    const bodies = await Promise.all(sent.map((s) => (s.body as Blob).text()));
    expect(bodies).toEqual(['abcd', 'efgh', 'ij']);
    expect(progress.at(-1)).toBe(10);
    expect(requestsOf(server.fetch).at(-1)).toBe(
      'POST /api/uploads/u1/complete',
    );
    expect(localStorage.getItem(KEY)).toBe('[]');
  });

  it('retries a chunk after 1, 2, 4 and 8 seconds and sends only that one again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = fakeUploadServer();
    const done = sender(pending)(aFile(), { onProgress: () => {} });
    await until(() => sent.length === 2);
    server.ack(sent[1]!);
    await until(() => sent.length === 3);
    server.ack(sent[2]!);

    const delays = [1000, 2000, 4000, 8000];
    for (const [attempt, delay] of delays.entries()) {
      const before = sent.length;
      if (attempt % 2 === 0) {
        lastOf(sent, 0).fail();
      } else {
        lastOf(sent, 0).respond(
          503,
          { status: 503 },
          'application/problem+json',
        );
      }
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(sent).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      await until(() => sent.length === before + 1);
    }
    server.ack(sent.at(-1)!);

    expect(await done).toMatchObject({ id: 'p1' });
    expect(chunksOf(sent)).toEqual([
      'chunks/0',
      'chunks/1',
      'chunks/2',
      'chunks/0',
      'chunks/0',
      'chunks/0',
      'chunks/0',
    ]);
  });

  it('gives up on a refused chunk at once and discards the upload', async () => {
    const server = fakeUploadServer();
    const done = sender(pending)(aFile(), { onProgress: () => {} });
    await until(() => sent.length === 2);
    sent[0]!.respond(
      400,
      {
        type: 'https://photoapp.dev/problems/chunk-size-mismatch',
        status: 400,
        detail: 'Chunk 0 must hold 4 bytes.',
      },
      'application/problem+json',
    );

    // Once the refusal is read, the other chunk in flight ends and no new one
    // starts.
    await settle();
    server.ack(sent[1]!);

    await expect(done).rejects.toThrow('Chunk 0 must hold 4 bytes.');
    expect(sent).toHaveLength(2);
    expect(requestsOf(server.fetch)).toContain('DELETE /api/uploads/u1');
    expect(localStorage.getItem(KEY)).toBe('[]');
  });

  it('waits for the network after the retries and then sends only the missing chunks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const server = fakeUploadServer();
    const waiting: boolean[] = [];
    const done = sender(pending)(aFile(), {
      onProgress: () => {},
      onWaiting: (w) => waiting.push(w),
    });
    await until(() => sent.length === 2);
    server.ack(sent[0]!);
    await until(() => sent.length === 3);
    server.ack(sent[2]!);
    const tries = () => chunksOf(sent).filter((c) => c === 'chunks/1').length;
    for (const [attempt, delay] of [1000, 2000, 4000, 8000, 0].entries()) {
      await until(() => tries() === attempt + 1);
      lastOf(sent, 1).fail();
      await vi.advanceTimersByTimeAsync(delay);
    }
    await until(() => waiting.length === 1);
    const before = sent.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(before);

    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === before + 1);
    server.ack(sent.at(-1)!);

    expect(await done).toMatchObject({ id: 'p1' });
    expect(waiting).toEqual([true, false]);
    expect(chunksOf(sent).slice(before)).toEqual(['chunks/1']);
    expect(requestsOf(server.fetch).filter((r) => r.startsWith('GET'))).toEqual(
      ['GET /api/uploads/u1'],
    );
  });

  it('gives up after rounds without progress while online and keeps the upload to resume', async () => {
    const server = fakeUploadServer();
    // Every chunk finds no server, at once.
    vi.stubGlobal(
      'XMLHttpRequest',
      class {
        upload = {};
        onerror: (() => void) | null = null;
        open() {}
        setRequestHeader() {}
        send() {
          queueMicrotask(() => this.onerror?.());
        }
      },
    );
    const waitForNetwork = vi.fn(async () => {});
    const waiting: boolean[] = [];

    const error = await sender(pending, {
      sleep: async () => {},
      waitForNetwork,
    })(aFile(), {
      onProgress: () => {},
      onWaiting: (w) => waiting.push(w),
    }).catch((e: unknown) => e);

    expect(uploadError(error)).toMatch(
      /cannot be reached.*Choose the file again to resume the upload/,
    );
    expect(waitForNetwork).toHaveBeenCalledTimes(MAX_STALLS - 1);
    expect(waiting).toEqual([true, false, true, false]);
    expect(requestsOf(server.fetch)).not.toContain('DELETE /api/uploads/u1');
    expect(pending.match(aFile())).toMatchObject({ uploadId: 'u1' });
  });

  it('resumes a file chosen again after a reload from the chunks the server holds', async () => {
    const file = aFile();
    new PendingUploads(KEY, localStorage).add({
      uploadId: 'u1',
      fileName: file.name,
      size: file.size,
      lastModified: file.lastModified,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    const afterReload = new PendingUploads(KEY, localStorage);
    const server = fakeUploadServer([0, 2]);
    const hashOf = vi.fn(fileHash);
    const progress: number[] = [];

    const done = sender(afterReload, { hashOf })(file, {
      onProgress: (loaded) => progress.push(loaded),
    });

    await until(() => sent.length === 1);
    expect(progress[0]).toBe(6);
    server.ack(sent[0]!);
    expect(await done).toMatchObject({ id: 'p1' });
    expect(chunksOf(sent)).toEqual(['chunks/1']);
    expect(requestsOf(server.fetch)).toEqual([
      'GET /api/uploads/u1',
      'POST /api/uploads/u1/complete',
    ]);
    expect(hashOf).not.toHaveBeenCalled();
    expect(afterReload.getSnapshot()).toEqual([]);
  });

  it('declares a new upload when the remembered one has expired', async () => {
    const file = aFile();
    pending.add({
      uploadId: 'old',
      fileName: file.name,
      size: file.size,
      lastModified: file.lastModified,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    const server = fakeUploadServer();
    server.override.set('GET /api/uploads/old', () =>
      problem(410, 'upload-expired'),
    );

    const done = sender(pending)(file, { onProgress: () => {} });
    await until(() => sent.length === 2);
    server.ack(sent[0]!);
    server.ack(sent[1]!);
    await until(() => sent.length === 3);
    server.ack(sent[2]!);

    expect(await done).toMatchObject({ id: 'p1' });
    expect(requestsOf(server.fetch).slice(0, 2)).toEqual([
      'GET /api/uploads/old',
      'POST /api/uploads',
    ]);
    expect(localStorage.getItem(KEY)).toBe('[]');
  });

  it('sends the chunks the server reports missing at completion', async () => {
    const server = fakeUploadServer([0, 1, 2]);
    pending.add({
      uploadId: 'u1',
      fileName: 'big.png',
      size: 10,
      lastModified: 1_700_000_000_000,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    let completions = 0;
    server.override.set('POST /api/uploads/u1/complete', () => {
      if (completions++ === 0) {
        server.state.received.delete(1);
        return problem(409, 'upload-incomplete');
      }
      return jsonResponse(aPhoto({ id: 'p1' }), 201);
    });

    const done = sender(pending)(aFile(), { onProgress: () => {} });
    await until(() => sent.length === 1);
    server.ack(sent[0]!);

    expect(await done).toMatchObject({ id: 'p1' });
    expect(chunksOf(sent)).toEqual(['chunks/1']);
  });

  it('finds the photo by its hash when the answer to a completion was lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = fakeUploadServer([0, 1, 2]);
    pending.add({
      uploadId: 'u1',
      fileName: 'big.png',
      size: 10,
      lastModified: 1_700_000_000_000,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    let completions = 0;
    server.override.set('POST /api/uploads/u1/complete', () =>
      completions++ === 0
        ? problemResponse(504, { title: 'Gateway Timeout' })
        : problem(404, 'upload-not-found'),
    );
    const findPhoto = vi.fn(async (): Promise<UploadedPhoto> =>
      aPhoto({ id: 'p1' }),
    );

    const done = sender(pending, { findPhoto })(aFile(), {
      onProgress: () => {},
    });
    await vi.advanceTimersByTimeAsync(1000);

    expect(await done).toMatchObject({ id: 'p1' });
    expect(findPhoto).toHaveBeenCalledExactlyOnceWith('declared-hash');
  });

  it('forgets the upload when the bytes do not match the declared hash', async () => {
    const server = fakeUploadServer([0, 1, 2]);
    pending.add({
      uploadId: 'u1',
      fileName: 'big.png',
      size: 10,
      lastModified: 1_700_000_000_000,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    server.override.set('POST /api/uploads/u1/complete', () =>
      problem(422, 'checksum-mismatch'),
    );

    const error = await sender(pending)(aFile(), {
      onProgress: () => {},
    }).catch((e: unknown) => e);

    expect(uploadError(error)).toBe(
      UPLOAD_PROBLEM_MESSAGES['checksum-mismatch'],
    );
    expect(localStorage.getItem(KEY)).toBe('[]');
  });

  it('keeps an upload refused for a full storage, to complete after making room', async () => {
    const server = fakeUploadServer([0, 1, 2]);
    pending.add({
      uploadId: 'u1',
      fileName: 'big.png',
      size: 10,
      lastModified: 1_700_000_000_000,
      sha256: 'declared-hash',
      expiresAt: '2099-01-01T00:00:00Z',
    });
    server.override.set('POST /api/uploads/u1/complete', () =>
      problem(409, 'quota-exceeded'),
    );

    const error = await sender(pending)(aFile(), {
      onProgress: () => {},
    }).catch((e: unknown) => e);

    expect(uploadError(error)).toBe(QUOTA_MESSAGE);
    expect(requestsOf(server.fetch)).not.toContain('DELETE /api/uploads/u1');
    expect(pending.match(aFile())).toMatchObject({ uploadId: 'u1' });
  });

  it('refuses a file over 4 GB without reading it', async () => {
    const server = fakeUploadServer();
    const hashOf = vi.fn(fileHash);
    const huge = aFile();
    Object.defineProperty(huge, 'size', { value: RESUMABLE_LIMIT + 1 });

    const error = await sender(pending, { hashOf })(huge, {
      onProgress: () => {},
    }).catch((e: unknown) => e);

    expect(uploadError(error)).toBe(
      UPLOAD_PROBLEM_MESSAGES['payload-too-large'],
    );
    expect(hashOf).not.toHaveBeenCalled();
    expect(server.fetch).not.toHaveBeenCalled();
  });

  it('sends files over the threshold through the resumable API only', async () => {
    const oneShot = vi.fn(async () => aPhoto({ id: 'small' }));
    const resumable = vi.fn(async () => aPhoto({ id: 'big' }));
    const send = sendBySize(oneShot, resumable);
    const small = new File(['x'], 'small.png');
    const big = new File(['x'], 'big.png');
    Object.defineProperty(big, 'size', { value: RESUMABLE_THRESHOLD + 1 });

    await send(small, () => {});
    await send(big, () => {});

    expect(oneShot).toHaveBeenCalledExactlyOnceWith(
      small,
      expect.any(Function),
    );
    expect(resumable).toHaveBeenCalledExactlyOnceWith(big, expect.anything());
  });
});

describe('upload problem messages', () => {
  it.each(Object.entries(UPLOAD_PROBLEM_MESSAGES))(
    'explains %s in its own words',
    (kind, message) => {
      const error = new ApiError(400, 'server wording', {
        type: `https://photoapp.dev/problems/${kind}`,
      });

      expect(uploadError(error)).toBe(message);
    },
  );

  it('says a file that can no longer be read should be chosen again', () => {
    const error = new DOMException('gone', 'NotReadableError');

    expect(uploadError(error)).toBe(UNREADABLE_MESSAGE);
  });

  it('keeps the server wording for other problems', () => {
    expect(uploadError(new ApiError(415, 'Not an image.'))).toBe(
      'Not an image.',
    );
  });
});
