import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, EXAMPLE_SECRET, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'uramost-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults: embedded SQLite in DATA_DIR, port 3000, demo data on', () => {
    const dir = dataDir();
    const c = loadConfig({ DATA_DIR: dir });
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({
      type: 'sqlite',
      file: join(dir, 'uramost.sqlite'),
    });
    expect(c.demoData).toBe(true);
    expect(c.jwt.secret.length).toBeGreaterThanOrEqual(32);
    // the generated local secret is kept for the next start
    expect(loadConfig({ DATA_DIR: dir }).jwt.secret).toBe(c.jwt.secret);
  });

  it('names the variable and what is expected, one line per problem', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'postgres://x',
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'PORT must be a whole number from 0 to 65535 (got "abc").',
    );
    expect(problems[1]).toMatch(
      /^DATABASE_URL must be a URL starting with mysql:\/\/ or mariadb:\/\/\.$/,
    );
    expect(problems[2]).toMatch(/^LOG_LEVEL must be one of fatal, error/);
  });

  it('never echoes a database URL, which may hold a password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'http://root:hunter2@db/x' });
    expect(problem).not.toContain('hunter2');
  });

  it('refuses to start production without a real secret', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(
        /^JWT_SECRET must be set to a long random value in production/,
      ),
    ]);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: EXAMPLE_SECRET }),
    ).toHaveLength(1);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' })[0],
    ).toMatch(/at least 32 characters/);
    expect(
      problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }),
    ).toEqual([]);
  });

  it('keeps demo data and rate limits safe in production', () => {
    const secret = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig({ DATA_DIR: dataDir(), ...secret }).demoData).toBe(false);
    expect(problemsOf({ ...secret, DEMO_DATA: 'true' })).toEqual([
      'DEMO_DATA must be false in production.',
    ]);
    expect(problemsOf({ ...secret, RATE_LIMITS: 'off' })).toEqual([
      'RATE_LIMITS must be on in production.',
    ]);
  });

  it('uses MySQL/MariaDB from DATABASE_URL without demo data unless asked', () => {
    const c = loadConfig({
      DATA_DIR: dataDir(),
      DATABASE_URL: 'mariadb://u:p@db:3306/uramost',
      DB_POOL_SIZE: '20',
    });
    expect(c.database).toEqual({
      type: 'mysql',
      flavor: 'mariadb',
      url: 'mysql://u:p@db:3306/uramost',
      poolSize: 20,
    });
    expect(c.demoData).toBe(false);
    expect(
      loadConfig({
        DATA_DIR: dataDir(),
        DATABASE_URL: 'mysql://u@db/x',
        DEMO_DATA: 'true',
      }).demoData,
    ).toBe(true);
  });

  it('checks admin bootstrap values and CORS origins', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'admin@example.org' })[0]).toMatch(
      /^ADMIN_PASSWORD must be at least 12/,
    );
    expect(problemsOf({ CORS_ORIGINS: 'https://ok.org,not a url' })[0]).toMatch(
      /^CORS_ORIGINS must be/,
    );
    const c = loadConfig({
      DATA_DIR: dataDir(),
      ADMIN_EMAIL: ' Admin@Example.org ',
      ADMIN_PASSWORD: 'a long admin pass',
    });
    expect(c.admin).toEqual({
      email: 'admin@example.org',
      password: 'a long admin pass',
    });
  });
});
