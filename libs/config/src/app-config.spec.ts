import { AppConfig, ConfigError, DEVELOPMENT_OPERATOR_KEY, loadConfig } from './app-config.js';

describe(AppConfig.name, () => {
  it('has working local defaults', () => {
    const sut = loadConfig({});
    expect(sut.PORT).toBe(3000);
    expect(sut.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/partnermix');
    expect(sut.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(sut.OPERATOR_API_KEY).toBe(DEVELOPMENT_OPERATOR_KEY);
  });

  it('reads numbers and URLs from the environment', () => {
    const sut = loadConfig({ PORT: '8080', REDIS_URL: 'redis://cache:6380', PUBLIC_BASE_URL: 'https://t.example.com' });
    expect(sut.PORT).toBe(8080);
    expect(sut.REDIS_URL).toBe('redis://cache:6380');
    expect(sut.PUBLIC_BASE_URL).toBe('https://t.example.com');
  });

  it('names every wrong variable', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', OPERATOR_API_KEY: 'short' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('OPERATOR_API_KEY');
    expect((caught as ConfigError).problems).toHaveLength(3);
  });

  it('refuses the development operator key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OPERATOR_API_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', OPERATOR_API_KEY: 'a-real-secret-of-32-characters!!' }).NODE_ENV).toBe(
      'production',
    );
  });

  it('shifts the business clock only outside production', () => {
    expect(loadConfig({ CLOCK_OFFSET_MS: '-86400000' }).CLOCK_OFFSET_MS).toBe(-86_400_000);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        OPERATOR_API_KEY: 'a-real-secret-of-32-characters!!',
        CLOCK_OFFSET_MS: '1',
      }),
    ).toThrow(/CLOCK_OFFSET_MS/);
  });
});
