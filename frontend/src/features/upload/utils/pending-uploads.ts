/** A declared upload not finished yet, as this browser remembers it. */
export interface PendingUpload {
  uploadId: string;
  fileName: string;
  size: number;
  lastModified: number;
  sha256: string;
  expiresAt: string;
}

/** Only what a File offers that identifies it again after a reload. */
export type FileIdentity = Pick<File, 'name' | 'size' | 'lastModified'>;

/**
 * The unfinished resumable uploads, kept in localStorage so they survive a
 * reload. Browsers keep no file handle across one, so an upload resumes when
 * the person chooses a file with the same name, size and modification time.
 */
export class PendingUploads {
  private entries: PendingUpload[];
  private readonly active = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private idle: PendingUpload[] = [];

  constructor(
    private readonly key: string,
    private readonly storage: Storage | undefined = globalThis.localStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = this.load();
    this.refresh();
  }

  /** The unfinished uploads this page is not sending, to offer resuming. */
  getSnapshot = (): PendingUpload[] => this.idle;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The unfinished upload of this file, unless this page is sending it. */
  match(file: FileIdentity): PendingUpload | undefined {
    return this.idle.find(
      (entry) =>
        entry.fileName === file.name &&
        entry.size === file.size &&
        entry.lastModified === file.lastModified &&
        !this.expired(entry),
    );
  }

  add(entry: PendingUpload): void {
    this.entries = [
      ...this.entries.filter((e) => e.uploadId !== entry.uploadId),
      entry,
    ];
    this.save();
  }

  /** Records a later expiry: every chunk received pushes it back. */
  touch(uploadId: string, expiresAt: string): void {
    this.entries = this.entries.map((entry) =>
      entry.uploadId === uploadId ? { ...entry, expiresAt } : entry,
    );
    this.save();
  }

  remove(uploadId: string): void {
    this.entries = this.entries.filter((entry) => entry.uploadId !== uploadId);
    this.active.delete(uploadId);
    this.save();
  }

  /** Marks an upload as being sent, so it is not offered for resuming. */
  setActive(uploadId: string, active: boolean): void {
    if (active) {
      this.active.add(uploadId);
    } else {
      this.active.delete(uploadId);
    }
    this.refresh();
  }

  private expired(entry: PendingUpload): boolean {
    return Date.parse(entry.expiresAt) <= this.now();
  }

  private load(): PendingUpload[] {
    try {
      const stored: unknown = JSON.parse(
        this.storage?.getItem(this.key) ?? '[]',
      );
      return Array.isArray(stored)
        ? stored.filter(isPendingUpload).filter((e) => !this.expired(e))
        : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.entries));
    } catch {
      // Storage full or refused: the upload still runs, it just cannot be
      // resumed after a reload.
    }
    this.refresh();
  }

  private refresh(): void {
    this.idle = this.entries.filter(
      (entry) => !this.active.has(entry.uploadId),
    );
    this.listeners.forEach((listener) => listener());
  }
}

function isPendingUpload(value: unknown): value is PendingUpload {
  const entry = value as Partial<PendingUpload> | null;
  return (
    typeof entry?.uploadId === 'string' &&
    typeof entry.fileName === 'string' &&
    typeof entry.size === 'number' &&
    typeof entry.lastModified === 'number' &&
    typeof entry.sha256 === 'string' &&
    typeof entry.expiresAt === 'string'
  );
}
