import { errorMessage } from '../../../lib/api-client';
import type { Photo } from '../../photos/api/photos-api';

/** One file on its way to the library. */
export interface UploadItem {
  id: number;
  fileName: string;
  size: number;
  /** Bytes of the file sent so far. */
  sent: number;
  status: 'queued' | 'uploading' | 'done' | 'failed';
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
) => Promise<Photo>;

const EMPTY: UploadSnapshot = { items: [], sent: 0, size: 0, active: false };

/**
 * Sends files a few at a time and keeps each one's progress and outcome, so
 * one refused file is reported and the rest carry on.
 */
export class UploadQueue {
  private snapshot = EMPTY;
  private readonly waiting: { id: number; file: File }[] = [];
  private readonly listeners = new Set<() => void>();
  private running = 0;
  private nextId = 1;

  constructor(
    private readonly send: SendFile,
    private readonly onUploaded: (photo: Photo) => void,
    private readonly concurrency = 2,
  ) {}

  add = (files: File[]): void => {
    const added = files.map((file) => ({ id: this.nextId++, file }));
    this.waiting.push(...added);
    const items = added.map(({ id, file }) => queued(id, file));
    this.publish([...this.snapshot.items, ...items]);
    this.pump();
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

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      this.running++;
      void this.upload(next.id, next.file).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async upload(id: number, file: File): Promise<void> {
    this.update(id, { status: 'uploading' });
    try {
      const photo = await this.send(file, (loaded, total) => {
        const fraction = total > 0 ? Math.min(1, loaded / total) : 0;
        this.update(id, { sent: Math.round(fraction * file.size) });
      });
      this.update(id, { status: 'done', sent: file.size });
      this.onUploaded(photo);
    } catch (error) {
      this.update(id, { status: 'failed', error: errorMessage(error) });
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

function queued(id: number, file: File): UploadItem {
  return {
    id,
    fileName: file.name,
    size: file.size,
    sent: 0,
    status: 'queued',
  };
}

function isFinished(item: UploadItem): boolean {
  return item.status === 'done' || item.status === 'failed';
}

function sum(items: UploadItem[], value: (item: UploadItem) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
