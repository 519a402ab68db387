// Configuration: flag over environment over default, frozen, and a database URL picks the backend.
import { describe, expect, it } from 'vitest';
import { describeTarget, parseConfig } from './config.js';

describe('config', () => {
  it('defaults to ./entente.db and lets ENTENTE_DB and then --db override it', () => {
    expect(parseConfig({}, {})).toMatchObject({
      ok: true,
      value: { database: { kind: 'sqlite', file: './entente.db' } },
    });
    expect(parseConfig({}, { ENTENTE_DB: '/tmp/x.db' })).toMatchObject({
      value: { database: { file: '/tmp/x.db' } },
    });
    expect(parseConfig({ db: 'flag.db' }, { ENTENTE_DB: '/tmp/x.db' })).toMatchObject({
      value: { database: { file: 'flag.db' } },
    });
  });

  it('selects PostgreSQL for a postgres:// or postgresql:// URL', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u:secret@h:5433/db']) {
      expect(parseConfig({ db: url }, {})).toMatchObject({ value: { database: { kind: 'postgres', url } } });
    }
  });

  it('is frozen', () => {
    const config = parseConfig({}, {});
    expect(config.ok && Object.isFrozen(config.value)).toBe(true);
  });

  it('hides a password when it names a database', () => {
    expect(describeTarget({ kind: 'postgres', url: 'postgresql://u:secret@h/db' })).toBe(
      'postgresql://u:***@h/db',
    );
  });

  it('refuses a fetch timeout that is not a number of milliseconds, naming the setting', () => {
    const bad = parseConfig({}, { ENTENTE_FETCH_TIMEOUT_MS: 'soon' });
    expect(bad.ok || bad.error.toLine()).toMatch(/^ENTENTE_FETCH_TIMEOUT_MS: fetch timeout/);
  });
});
