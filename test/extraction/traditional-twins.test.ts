import * as OpenCC from 'opencc-js';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import { evaluateReport, type ReportScores } from '../../src/extraction/report-evaluation';
import { readGenreFixtures } from '../support/genre';

/**
 * A report reposted in traditional characters scores as its simplified twin: every report of the
 * genre set is extracted as written and in the other script (opencc-js, Taiwan standard), and
 * scored against the same hand-written facts.
 */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const reports = readGenreFixtures();

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const counts = (s: ReportScores) => [s.areas, s.organizations, s.pairings, s.money].map(({ tp, fp, fn }) => ({ tp, fp, fn }));

describe.each(reports.map((r) => [r.gold.document.id, r] as const))('the traditional twin of %s', (_id, { gold, text }) => {
  it('scores as the report does', () => {
    const twin = gold.document.script === 'traditional' ? toSimplified(text) : toTraditional(text);
    const score = (t: string) => evaluateReport(extractFacts({ id: gold.document.id, title: gold.document.title, text: t, publisher: gold.document.publisher, publishedAt: gold.document.publishedAt }, gazetteer), gold);
    expect(counts(score(twin))).toEqual(counts(score(text)));
  });
});
