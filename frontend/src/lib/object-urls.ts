interface Entry {
  url: string;
  users: number;
  timer?: ReturnType<typeof setTimeout>;
}

const entries = new WeakMap<Blob, Entry>();

/**
 * The one object URL of a blob, made on first use. Rendering may ask for it
 * freely; the URL lives while some mounted component retains it.
 */
export function objectUrlFor(blob: Blob): string {
  let entry = entries.get(blob);
  if (!entry) {
    entry = { url: URL.createObjectURL(blob), users: 0 };
    entries.set(blob, entry);
  }
  return entry.url;
}

// Revoking waits a tick so that an unmount followed at once by a mount of the
// same image (StrictMode, a row the virtualiser moves) keeps the URL.
export function retainObjectUrl(blob: Blob): () => void {
  objectUrlFor(blob);
  const entry = entries.get(blob)!;
  entry.users++;
  clearTimeout(entry.timer);
  return () => {
    entry.users--;
    if (entry.users === 0) {
      entry.timer = setTimeout(() => {
        URL.revokeObjectURL(entry.url);
        entries.delete(blob);
      }, 0);
    }
  };
}
