import { vi } from 'vitest';

type Route = (
  method: string,
  url: string,
  body: unknown,
) => Response | Promise<Response>;

/** Replaces fetch with a router, so a test drives the real API client. */
export function stubApi(route: Route) {
  const fetchMock = vi.fn(
    async (input: RequestInfo | URL, init?: RequestInit) =>
      route(init?.method ?? 'GET', String(input), jsonBody(init)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(
  status: number,
  problem: Record<string, unknown>,
): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function notFound(method: string, url: string): Response {
  return problemResponse(404, {
    title: 'Not Found',
    detail: `${method} ${url}`,
  });
}

/** The JSON a request sent, if any. */
function jsonBody(init?: RequestInit): unknown {
  return typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
}

/** Each request as "METHOD url", to compare in one assertion. */
export function requestsOf(fetchMock: ReturnType<typeof stubApi>): string[] {
  return fetchMock.mock.calls.map(
    ([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`,
  );
}

/** The parsed JSON body of the first request with this method and URL. */
export function bodyOf(
  fetchMock: ReturnType<typeof stubApi>,
  request: string,
): unknown {
  const call = fetchMock.mock.calls.find(
    ([url, init]) => `${init?.method ?? 'GET'} ${String(url)}` === request,
  );
  return jsonBody(call?.[1]);
}
