import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

const RULES = path.join(PROJECT_ROOT, '.dependency-cruiser.cjs');
const FIXTURE = 'test/fixtures/boundaries/src';

/** dependency-cruiser's violations of the rule file over `target`, as its JSON report lists them. */
function violationsOf(target: string): Violation[] {
  const cli = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'depcruise');
  let output: string;
  try {
    output = execFileSync(cli, ['--config', RULES, '--output-type', 'json', target], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // The cruiser exits non-zero when it finds violations; its report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ruleNames = (require(RULES) as { forbidden: { name: string }[] }).forbidden.map((rule) => rule.name);

describe('import boundaries', () => {
  it('holds for the source tree: no import points against the layers', () => {
    const found = violationsOf('src').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual([]);
  }, 60_000);

  it('catches each rule broken once in the fixture tree', () => {
    const found = violationsOf(FIXTURE);
    const byRule = (name: string) => found.filter((v) => v.rule.name === name).map((v) => path.relative(FIXTURE, v.from));
    expect([...new Set(found.map((v) => v.rule.name))].sort()).toEqual([...ruleNames].sort());
    expect(byRule('driver-only-in-neo4j')).toEqual(['services/imports-the-driver.ts']);
    expect(byRule('graphql-only-in-api')).toEqual(['services/imports-graphql.ts']);
    expect(byRule('model-imports-nothing-of-ours')).toEqual(['model/imports-a-service.ts']);
    expect(byRule('graphql-above-services')).toEqual(['graphql/imports-a-repository.ts']);
    expect(byRule('extraction-does-no-io')).toEqual(['extraction/reads-files.ts']);
    expect(byRule('export-formats-are-pure')).toEqual(['export/imports-a-service.ts']);
  }, 60_000);
});
