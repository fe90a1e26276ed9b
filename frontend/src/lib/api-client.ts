/** The fields of an RFC 9457 problem details document the SPA reads. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

/** A failed API call, with a message fit to show to the person using the app. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: ProblemDetails;

  constructor(status: number, message: string, problem?: ProblemDetails) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export interface ApiClientOptions {
  getAccessToken: () => Promise<string | null>;
  onUnauthorized: () => void;
}

let options: ApiClientOptions = {
  getAccessToken: async () => null,
  onUnauthorized: () => {},
};

export function configureApiClient(clientOptions: ApiClientOptions): void {
  options = clientOptions;
}

export async function apiRequest(
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json, application/problem+json');
  }
  const token = await options.getAccessToken();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  const response = await send(path, { ...init, headers });
  if (response.status === 401) {
    options.onUnauthorized();
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  return response;
}

export const apiClient = {
  async getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await apiRequest(path, { signal });
    return (await response.json()) as T;
  },
  async getBlob(path: string, signal?: AbortSignal): Promise<Blob> {
    const response = await apiRequest(path, {
      signal,
      headers: { Accept: '*/*' },
    });
    return response.blob();
  },
  async postForm(path: string, body: FormData): Promise<void> {
    await apiRequest(path, { method: 'POST', body });
  },
  async delete(path: string): Promise<void> {
    await apiRequest(path, { method: 'DELETE' });
  },
  /** Sends a JSON body (or none) and reads the JSON answer. */
  async sendJson<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await apiRequest(path, {
      method,
      ...(body === undefined
        ? {}
        : {
            body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/json' },
          }),
    });
    return (await response.json()) as T;
  },
  upload,
  putBytes,
};

const PROBLEM_TYPE_PREFIX = 'https://photoapp.dev/problems/';

/** Whether a failure is the problem of the given kind, such as quota-exceeded. */
export function isProblem(error: unknown, kind: string): boolean {
  return (
    error instanceof ApiError &&
    error.problem?.type === `${PROBLEM_TYPE_PREFIX}${kind}`
  );
}

/** How far the request body of an upload has gone, in bytes. */
export type UploadProgress = (loaded: number, total: number) => void;

// fetch reports no upload progress, so uploads alone go through XMLHttpRequest;
// failures still become the same ApiError as every other call.
async function upload<T>(
  path: string,
  body: FormData,
  onProgress: UploadProgress,
): Promise<T> {
  return JSON.parse(
    await sendWithProgress('POST', path, body, onProgress),
  ) as T;
}

/** Sends raw bytes (a chunk of a resumable upload) and expects no answer body. */
async function putBytes(
  path: string,
  body: Blob,
  onProgress: UploadProgress,
): Promise<void> {
  await sendWithProgress(
    'PUT',
    path,
    body,
    onProgress,
    'application/octet-stream',
  );
}

async function sendWithProgress(
  method: string,
  path: string,
  body: FormData | Blob,
  onProgress: UploadProgress,
  contentType?: string,
): Promise<string> {
  const token = await options.getAccessToken();
  const xhr = new XMLHttpRequest();
  xhr.open(method, path);
  xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
  if (contentType) {
    xhr.setRequestHeader('Content-Type', contentType);
  }
  if (token) {
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
  }
  xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total);
  const done = new Promise<void>((resolve, reject) => {
    xhr.onload = () => resolve();
    xhr.onerror = () => reject(new ApiError(0, fallbackMessage(0)));
  });
  xhr.send(body);
  await done;
  const response = new Response(xhr.status >= 400 ? xhr.responseText : null, {
    status: xhr.status,
    headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
  });
  if (xhr.status === 401) {
    options.onUnauthorized();
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  return xhr.responseText;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  const message =
    problem?.detail || problem?.title || fallbackMessage(response.status);
  return new ApiError(response.status, message, problem);
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError
    ? error.message
    : 'Something unexpected went wrong. Please try again.';
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    if (init.signal?.aborted) {
      throw error;
    }
    throw new ApiError(0, fallbackMessage(0));
  }
}

async function readProblem(
  response: Response,
): Promise<ProblemDetails | undefined> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(contentType)) {
    return undefined;
  }
  try {
    return pickProblemFields(await response.json());
  } catch {
    return undefined;
  }
}

function pickProblemFields(body: unknown): ProblemDetails | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const fields = body as Record<string, unknown>;
  return {
    type: stringOrUndefined(fields.type),
    title: stringOrUndefined(fields.title),
    status: typeof fields.status === 'number' ? fields.status : undefined,
    detail: stringOrUndefined(fields.detail),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function fallbackMessage(status: number): string {
  if (status === 0) {
    return 'The server cannot be reached. Check your connection and try again.';
  }
  if (status === 401) {
    return 'Your session has expired. Please sign in again.';
  }
  if (status === 413) {
    return 'The file is too large.';
  }
  if (status === 429) {
    return 'Too many requests. Please wait a moment and try again.';
  }
  if (status >= 500) {
    return 'The service is not available right now. Please try again later.';
  }
  return `The request failed (status ${status}).`;
}
