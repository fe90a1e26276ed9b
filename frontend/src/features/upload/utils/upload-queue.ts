import { errorMessage, isProblem } from '../../../lib/api-client';
import type { Photo, UploadedPhoto } from '../../photos/api/photos-api';
import type { FindKnown } from './find-duplicates';

/** One file on its way to the library. */
export interface UploadItem {
  id: number;
  fileName: string;
  size: number;
  /** Bytes of the file sent so far. */
  sent: number;
  status:
    | 'checking'
    | 'queued'
    | 'uploading'
    | 'waiting'
    | 'done'
    | 'duplicate'
    | 'failed';
  error?: string;
}

/** What the upload panel shows: every file of the batch and their sum. */
export interface UploadSnapshot {
  items: UploadItem[];
  sent: number;
  size: number;
  active: boolean;
}

export type SendFile = (
  file: File,
  onProgress: (loaded: number, total: number) => void,
  /** True while a resumable upload waits for the network to come back. */
  onWaiting?: (waiting: boolean) => void,
) => Promise<UploadedPhoto>;

export interface UploadQueueOptions {
  concurrency?: number;
  /** Finds the files the library has already, so their bytes stay here. */
  findKnown?: FindKnown;
  /** Brings a known photo back (from the trash, if it is there). */
  restore?: (photoId: string) => Promise<Photo>;
}

interface Waiting {
  id: number;
  file: File;
  knownId?: string;
}

const EMPTY: UploadSnapshot = { items: [], sent: 0, size: 0, active: false };

// Uploads start once the first files are checked rather than the whole batch.
const CHECK_CHUNK = 100;

export const QUOTA_MESSAGE =
  'Your storage is full. Empty the trash or delete photos to make room.';

/**
 * What to tell the person for the problems an upload can meet where the
 * server's own wording would not say what to do next.
 */
export const UPLOAD_PROBLEM_MESSAGES: Record<string, string> = {
  'quota-exceeded': QUOTA_MESSAGE,
  'payload-too-large':
    'This file is larger than 4 GB, the most one upload takes.',
  'too-many-uploads':
    'You have 20 unfinished uploads. Resume or cancel some of them first.',
  'upload-expired':
    'This upload was left unfinished for too long. Choose the file again to start over.',
  'upload-not-found':
    'This upload no longer exists. Choose the file again to start over.',
  'checksum-mismatch':
    'The file changed while it was uploading. Choose it again to upload it as it is now.',
  'upload-incomplete':
    'Some parts of the file did not arrive. Choose the file again to send them.',
};

/**
 * Sends files a few at a time and keeps each one's progress and outcome, so
 * one refused file is reported and the rest carry on.
 */
export class UploadQueue {
  private snapshot = EMPTY;
  private readonly waiting: Waiting[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly concurrency: number;
  private running = 0;
  private nextId = 1;

  constructor(
    private readonly send: SendFile,
    private readonly onUploaded: (photo: UploadedPhoto) => void,
    private readonly options: UploadQueueOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 2;
  }

  add = (files: File[]): void => {
    const added = files.map((file) => ({ id: this.nextId++, file }));
    const status = this.options.findKnown ? 'checking' : 'queued';
    const items = added.map(({ id, file }) => initial(id, file, status));
    this.publish([...this.snapshot.items, ...items]);
    if (this.options.findKnown) {
      void this.checkThenQueue(added, this.options.findKnown);
    } else {
      this.enqueue(added);
    }
  };

  /** Forgets the files that have finished, keeping those still on their way. */
  clearFinished = (): void => {
    this.publish(this.snapshot.items.filter((item) => !isFinished(item)));
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): UploadSnapshot => this.snapshot;

  // A failed check only costs bandwidth: the server recognises a duplicate
  // upload too and answers it with the photo it has.
  private async checkThenQueue(added: Waiting[], findKnown: FindKnown) {
    for (let start = 0; start < added.length; start += CHECK_CHUNK) {
      const chunk = added.slice(start, start + CHECK_CHUNK);
      const known = await findKnown(chunk.map((entry) => entry.file)).catch(
        () => new Map<File, string>(),
      );
      chunk.forEach((entry) => this.update(entry.id, { status: 'queued' }));
      this.enqueue(
        chunk.map((entry) => ({ ...entry, knownId: known.get(entry.file) })),
      );
    }
  }

  private enqueue(entries: Waiting[]): void {
    this.waiting.push(...entries);
    this.pump();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      this.running++;
      void this.upload(next).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async upload({ id, file, knownId }: Waiting): Promise<void> {
    this.update(id, { status: 'uploading' });
    try {
      const reused = knownId ? await this.reuse(knownId) : undefined;
      const photo =
        reused ??
        (await this.send(
          file,
          (loaded, total) => {
            const fraction = total > 0 ? Math.min(1, loaded / total) : 0;
            this.update(id, { sent: Math.round(fraction * file.size) });
          },
          (waiting) =>
            this.update(id, { status: waiting ? 'waiting' : 'uploading' }),
        ));
      const status = photo.duplicate ? 'duplicate' : 'done';
      this.update(id, { status, sent: file.size });
      this.onUploaded(photo);
    } catch (error) {
      this.update(id, { status: 'failed', error: uploadError(error) });
    }
  }

  // A photo purged since the check is uploaded after all.
  private async reuse(photoId: string): Promise<UploadedPhoto | undefined> {
    try {
      const photo = await this.options.restore?.(photoId);
      return photo && { ...photo, duplicate: true };
    } catch {
      return undefined;
    }
  }

  private update(id: number, change: Partial<UploadItem>): void {
    this.publish(
      this.snapshot.items.map((item) =>
        item.id === id ? { ...item, ...change } : item,
      ),
    );
  }

  private publish(items: UploadItem[]): void {
    this.snapshot = {
      items,
      sent: sum(items, (item) => (isFinished(item) ? item.size : item.sent)),
      size: sum(items, (item) => item.size),
      active: items.some((item) => !isFinished(item)),
    };
    this.listeners.forEach((listener) => listener());
  }
}

export const UNREADABLE_MESSAGE =
  'This file could not be read. It may have been moved or changed; choose it again.';

export function uploadError(error: unknown): string {
  const kind = Object.keys(UPLOAD_PROBLEM_MESSAGES).find((k) =>
    isProblem(error, k),
  );
  if (kind) {
    return UPLOAD_PROBLEM_MESSAGES[kind]!;
  }
  // Reading a file for its hash fails so when it changed since it was chosen.
  if (
    error instanceof DOMException &&
    /^NotReadable|^NotFound/.test(error.name)
  ) {
    return UNREADABLE_MESSAGE;
  }
  return errorMessage(error);
}

function initial(
  id: number,
  file: File,
  status: UploadItem['status'],
): UploadItem {
  return { id, fileName: file.name, size: file.size, sent: 0, status };
}

function isFinished(item: UploadItem): boolean {
  return (
    item.status === 'done' ||
    item.status === 'duplicate' ||
    item.status === 'failed'
  );
}

function sum(items: UploadItem[], value: (item: UploadItem) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
