import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubApi } from '../test/fake-api';
import { ApiError, apiClient, configureApiClient } from './api-client';

function configure(token: string | null, onUnauthorized = () => {}) {
  configureApiClient({ getAccessToken: async () => token, onUnauthorized });
}

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('api client', () => {
  afterEach(() => configure(null));

  it('sends the access token as a bearer token', async () => {
    configure('token-123');
    const fetchMock = stubApi(() => jsonResponse({ items: [] }));

    await apiClient.getJson('/api/photos');

    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('sends no Authorization header when signed out', async () => {
    const fetchMock = stubApi(() => jsonResponse({}));

    await apiClient.getJson('/api/photos');

    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
    expect(headers.has('Authorization')).toBe(false);
  });

  it('turns a problem response into an ApiError with its detail', async () => {
    stubApi(() =>
      problemResponse(415, {
        type: 'https://photoapp.dev/problems/unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Only JPEG and PNG images are accepted.',
      }),
    );

    const error = await failureOf(
      apiClient.postForm('/api/photos', new FormData()),
    );

    expect(error.status).toBe(415);
    expect(error.message).toBe('Only JPEG and PNG images are accepted.');
    expect(error.problem).toMatchObject({
      type: 'https://photoapp.dev/problems/unsupported-media-type',
      title: 'Unsupported media type',
    });
  });

  it('uses the problem title when the detail is missing', async () => {
    stubApi(() => problemResponse(422, { title: 'Image too large to decode' }));

    const error = await failureOf(apiClient.getJson('/api/photos'));

    expect(error.message).toBe('Image too large to decode');
  });

  it('gives a generic message for a 502 without a problem body', async () => {
    stubApi(
      () =>
        new Response('<html>Bad Gateway</html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await failureOf(apiClient.getJson('/api/photos'));

    expect(error.status).toBe(502);
    expect(error.problem).toBeUndefined();
    expect(error.message).toBe(
      'The service is not available right now. Please try again later.',
    );
  });

  it('reports a server it cannot reach', async () => {
    stubApi(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = await failureOf(apiClient.getJson('/api/photos'));

    expect(error.status).toBe(0);
    expect(error.message).toMatch(/cannot be reached/);
  });

  it('tells the session about a 401', async () => {
    const onUnauthorized = vi.fn();
    configure('expired-token', onUnauthorized);
    stubApi(() => new Response(null, { status: 401 }));

    const error = await failureOf(apiClient.getJson('/api/photos'));

    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(error.message).toMatch(/session has expired/);
  });
});
