import { vi } from 'vitest';

type Route = (method: string, url: string) => Response | Promise<Response>;

/** Replaces fetch with a router, so a test drives the real API client. */
export function stubApi(route: Route) {
  const fetchMock = vi.fn(
    async (input: RequestInfo | URL, init?: RequestInit) =>
      route(init?.method ?? 'GET', String(input)),
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
