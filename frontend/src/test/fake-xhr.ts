import { vi } from 'vitest';

/** A request the fake XMLHttpRequest has received, for the test to answer. */
export interface FakeUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData | Blob;
  /** The multipart file's name; empty for a raw body such as a chunk. */
  fileName: string;
  progress: (loaded: number, total: number) => void;
  respond: (status: number, body: unknown, contentType?: string) => void;
  fail: () => void;
}

/**
 * Replaces XMLHttpRequest with one that records each send, so a test decides
 * when each upload progresses, succeeds or fails.
 */
export function stubXhr(): FakeUpload[] {
  const sent: FakeUpload[] = [];

  class FakeXMLHttpRequest {
    status = 0;
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private method = '';
    private url = '';
    private readonly requestHeaders: Record<string, string> = {};
    private responseType = '';

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.requestHeaders[name] = value;
    }

    getResponseHeader(name: string): string | null {
      return name.toLowerCase() === 'content-type' ? this.responseType : null;
    }

    send(body: FormData | Blob) {
      const file = body instanceof FormData ? (body.get('file') as File) : null;
      sent.push({
        method: this.method,
        url: this.url,
        headers: this.requestHeaders,
        body,
        fileName: file?.name ?? '',
        progress: (loaded, total) =>
          this.upload.onprogress?.({ loaded, total } as ProgressEvent),
        respond: (status, responseBody, contentType = 'application/json') => {
          this.status = status;
          this.responseText = JSON.stringify(responseBody);
          this.responseType = contentType;
          this.onload?.();
        },
        fail: () => this.onerror?.(),
      });
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return sent;
}
