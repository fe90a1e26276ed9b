import { describe, expect, it } from 'vitest';
import { parseAppConfig } from './app-config';

const valid = {
  issuer: 'http://localhost:9000',
  clientId: 'photoapp-spa',
  audience: 'https://api.photoapp.local',
  scope: 'openid profile email',
};

describe('app config', () => {
  it('accepts a complete configuration', () => {
    expect(parseAppConfig(valid)).toEqual(valid);
  });

  it('names the missing field', () => {
    const withoutAudience = { ...valid, audience: undefined };

    expect(() => parseAppConfig(withoutAudience)).toThrow(/"audience"/);
  });

  it('rejects a document that is not an object', () => {
    expect(() => parseAppConfig('issuer')).toThrow(/"issuer"/);
  });
});
