import { ApiError, isProblem } from '../../../lib/api-client';
import type { UploadedPhoto } from '../../photos/api/photos-api';
import type { UploadsApi, UploadStatus } from '../api/uploads-api';
import {
  RESUMABLE_LIMIT,
  RESUMABLE_THRESHOLD,
  type HashFile,
} from './find-duplicates';
import type { PendingUploads } from './pending-uploads';
import type { SendFile } from './upload-queue';

/** How many chunks of one file travel at once. */
export const CHUNK_CONCURRENCY = 2;

/** The pauses between tries of one request: five tries in about 15 s. */
export const RETRY_DELAYS = [1000, 2000, 4000, 8000];

/**
 * How long to wait before asking again when the requests fail while the
 * browser believes it is online (a server down, say); offline, the `online`
 * event is the signal.
 */
export const STALL_DELAY = 30_000;

/** Rounds in a row without a chunk received, while online, before giving up. */
export const MAX_STALLS = 3;

/** The bytes of chunk `index`: [start, end). */
export function chunkRange(
  index: number,
  chunkSize: number,
  size: number,
): [number, number] {
  const start = index * chunkSize;
  return [start, Math.min(size, start + chunkSize)];
}

/** The chunks not yet received, ascending. */
export function missingChunks(
  chunkCount: number,
  receivedChunks: number[],
): number[] {
  const received = new Set(receivedChunks);
  return Array.from({ length: chunkCount }, (_, i) => i).filter(
    (index) => !received.has(index),
  );
}

/** The bytes the received chunks hold. */
export function receivedBytes(status: UploadStatus): number {
  return status.receivedChunks.reduce((total, index) => {
    const [start, end] = chunkRange(index, status.chunkSize, status.sizeBytes);
    return total + Math.max(0, end - start);
  }, 0);
}

/**
 * Whether sending the same request again may succeed: no answer at all, a
 * server failure, a timeout or a request to slow down. Other refusals would
 * be refused again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return false;
  }
  const { status } = error;
  // Twenty unfinished uploads stay twenty until the person acts.
  if (isProblem(error, 'too-many-uploads')) {
    return false;
  }
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export type Sleep = (ms: number) => Promise<void>;

/** Runs a request, trying again after each of RETRY_DELAYS if it may help. */
export async function withRetry<T>(
  request: () => Promise<T>,
  sleep: Sleep,
  retryable: (error: unknown) => boolean = isRetryable,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= RETRY_DELAYS.length || !retryable(error)) {
        throw error;
      }
      await sleep(RETRY_DELAYS[attempt]!);
    }
  }
}

export interface ResumableOptions {
  api: UploadsApi;
  pending: PendingUploads;
  hashOf: HashFile;
  /** The photo holding these bytes, for a completion whose answer was lost. */
  findPhoto: (sha256: string) => Promise<UploadedPhoto | undefined>;
  sleep?: Sleep;
  /** Resolves when it is worth trying again after the retries ran out. */
  waitForNetwork?: () => Promise<void>;
}

/** What a resumable send tells the queue while it runs. */
export interface ResumableProgress {
  onProgress: (loaded: number, total: number) => void;
  /** True while the upload waits for the network to come back. */
  onWaiting?: (waiting: boolean) => void;
}

/**
 * Sends a file through the resumable API: declares it (or picks up the
 * upload this browser remembers for it), sends the missing chunks two at a
 * time, each retried with backoff, and completes it. When the retries run
 * out it waits for the network and asks the server which chunks it holds, so
 * only those still missing travel again.
 */
export function resumableSender(options: ResumableOptions) {
  const sleep = options.sleep ?? defaultSleep;
  const waitForNetwork = options.waitForNetwork ?? defaultWaitForNetwork;
  const { api, pending } = options;

  async function start(
    file: File,
  ): Promise<{ status: UploadStatus; sha256: string }> {
    if (file.size > RESUMABLE_LIMIT) {
      // Refused before hashing gigabytes only to hear the same from the server.
      throw new ApiError(413, 'The file is too large.', {
        type: 'https://photoapp.dev/problems/payload-too-large',
      });
    }
    const saved = pending.match(file);
    if (saved) {
      // Taken off the list to resume at once, and back on it if the server
      // cannot be asked now.
      pending.setActive(saved.uploadId, true);
      try {
        const status = await withRetry(() => api.status(saved.uploadId), sleep);
        if (status.sizeBytes === file.size) {
          return { status, sha256: saved.sha256 };
        }
      } catch (error) {
        if (!isGone(error)) {
          pending.setActive(saved.uploadId, false);
          throw error;
        }
      }
      pending.remove(saved.uploadId);
    }
    const sha256 = await options.hashOf(file);
    const status = await withRetry(
      () => api.declare({ fileName: file.name, sizeBytes: file.size, sha256 }),
      sleep,
    );
    pending.setActive(status.id, true);
    pending.add({
      uploadId: status.id,
      fileName: file.name,
      size: file.size,
      lastModified: file.lastModified,
      sha256,
      expiresAt: status.expiresAt,
    });
    return { status, sha256 };
  }

  async function sendMissing(
    file: File,
    status: UploadStatus,
    onProgress: (loaded: number) => void,
  ): Promise<void> {
    const queue = missingChunks(status.chunkCount, status.receivedChunks);
    const inFlight = new Map<number, number>();
    let done = receivedBytes(status);
    let failed = false;
    const report = () =>
      onProgress(done + [...inFlight.values()].reduce((a, b) => a + b, 0));
    report();

    const worker = async () => {
      while (!failed && queue.length > 0) {
        const index = queue.shift()!;
        const [start, end] = chunkRange(index, status.chunkSize, file.size);
        try {
          await withRetry(() => {
            inFlight.set(index, 0);
            return api.sendChunk(
              status.id,
              index,
              file.slice(start, end),
              (loaded) => {
                inFlight.set(index, Math.min(loaded, end - start));
                report();
              },
            );
          }, sleep);
          done += end - start;
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          inFlight.delete(index);
          report();
        }
      }
    };
    // Settled, not raced: a failure stops new chunks, and the other one in
    // flight ends before the caller starts a new round.
    const results = await Promise.allSettled(
      Array.from({ length: CHUNK_CONCURRENCY }, worker),
    );
    const rejected = results.find((r) => r.status === 'rejected');
    if (rejected) {
      throw rejected.reason;
    }
  }

  async function complete(
    id: string,
    answer: { lost: boolean },
  ): Promise<UploadedPhoto> {
    return withRetry(
      async () => {
        try {
          return await api.complete(id);
        } catch (error) {
          answer.lost ||= mayRecover(error);
          throw error;
        }
      },
      sleep,
      mayRecover,
    );
  }

  // Drops the upload everywhere after a refusal that sending again would not
  // change. A lapsed session, or a full storage the person can make room in,
  // keeps it: choosing the file again then resumes without sending it again.
  async function forget(id: string, error: unknown): Promise<void> {
    const keep =
      (error instanceof ApiError && error.status === 401) ||
      isProblem(error, 'quota-exceeded');
    if (keep) {
      return;
    }
    pending.remove(id);
    if (!isGone(error)) {
      await api.abort(id).catch(() => {});
    }
  }

  return async function send(
    file: File,
    { onProgress, onWaiting }: ResumableProgress,
  ): Promise<UploadedPhoto> {
    const { status: first, sha256 } = await start(file);
    const { id } = first;
    let status: UploadStatus | undefined = first;
    let received = receivedBytes(first);
    let stalls = 0;
    let incomplete = 0;
    // Whether a completion may have stored the photo without the answer
    // arriving; the upload is then gone, and the photo is found by its hash.
    const completion = { lost: false };
    try {
      for (;;) {
        const before = received;
        try {
          status ??= await withRetry(() => api.status(id), sleep);
          pending.touch(id, status.expiresAt);
          await sendMissing(file, status, (loaded) => {
            received = Math.max(received, loaded);
            onProgress(loaded, file.size);
          });
          const photo = await complete(id, completion);
          pending.remove(id);
          return photo;
        } catch (error) {
          status = undefined;
          if (completion.lost && isGone(error)) {
            const photo = await options
              .findPhoto(sha256)
              .catch(() => undefined);
            if (photo) {
              pending.remove(id);
              return photo;
            }
          }
          // The server misses a chunk it acknowledged: ask which, send it.
          if (isProblem(error, 'upload-incomplete') && ++incomplete <= 2) {
            continue;
          }
          if (!mayRecover(error)) {
            await forget(id, error);
            throw error;
          }
          stalls = received > before ? 1 : stalls + 1;
          if (navigator.onLine !== false && stalls >= MAX_STALLS) {
            throw resumeLater(error);
          }
          onWaiting?.(true);
          await waitForNetwork();
          onWaiting?.(false);
        }
      }
    } finally {
      pending.setActive(id, false);
    }
  };
}

// A completion under way elsewhere (an earlier try whose answer was lost)
// ends one way or the other; asking again later tells which.
function mayRecover(error: unknown): boolean {
  return isRetryable(error) || isProblem(error, 'upload-completing');
}

/**
 * Small files in one request, larger ones through the resumable API, which
 * POST /api/photos would refuse past 50 MB anyway.
 */
export function sendBySize(
  oneShot: SendFile,
  resumable: ReturnType<typeof resumableSender>,
): SendFile {
  return (file, onProgress, onWaiting) =>
    file.size > RESUMABLE_THRESHOLD
      ? resumable(file, { onProgress, onWaiting })
      : oneShot(file, onProgress);
}

// The upload stays in storage, so choosing the file again resumes it.
function resumeLater(error: unknown): unknown {
  return error instanceof ApiError
    ? new ApiError(
        error.status,
        `${error.message} Choose the file again to resume the upload where it stopped.`,
        error.problem,
      )
    : error;
}

function isGone(error: unknown): boolean {
  return (
    isProblem(error, 'upload-not-found') || isProblem(error, 'upload-expired')
  );
}

const defaultSleep: Sleep = (ms) =>
  new Promise((resolve) => setTimeout(resolve, ms));

function defaultWaitForNetwork(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    window.addEventListener('online', done);
    const timer = navigator.onLine ? setTimeout(done, STALL_DELAY) : undefined;
  });
}
