/** Settings the gateway serves at /app-config.json, read once at start-up. */
export interface AppConfig {
  issuer: string;
  clientId: string;
  audience: string;
  scope: string;
}

const REQUIRED_FIELDS = ['issuer', 'clientId', 'audience', 'scope'] as const;

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', {
    headers: { Accept: 'application/json' },
    cache: 'no-store',
  });
  if (!response.ok) {
    throw new Error(
      `The app configuration is unavailable (${response.status}).`,
    );
  }
  return parseAppConfig(await response.json());
}

export function parseAppConfig(value: unknown): AppConfig {
  const fields = (
    typeof value === 'object' && value !== null ? value : {}
  ) as Record<string, unknown>;
  for (const name of REQUIRED_FIELDS) {
    const field = fields[name];
    if (typeof field !== 'string' || field.trim() === '') {
      throw new Error(`The app configuration lacks "${name}".`);
    }
  }
  return {
    issuer: fields.issuer as string,
    clientId: fields.clientId as string,
    audience: fields.audience as string,
    scope: fields.scope as string,
  };
}
