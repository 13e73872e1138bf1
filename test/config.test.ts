import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.local.boltPort).toBe(7687);
    expect(config.loadCorpusWhenEmpty).toBe(true);
    expect(config.loadGazetteer).toBe(false);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT must be an integer from 0 to 65535; got "eighty".'));
    expect(() => loadConfig({ KG_LOAD_CORPUS: 'maybe' })).toThrow(/KG_LOAD_CORPUS must be true or false/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error/);
  });
});
