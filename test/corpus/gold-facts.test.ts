import { commonName } from '../../src/gazetteer/common-name';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { AREA_LABELS, FactSet, PAIRING_MODE_VALUES, RELATION_TYPES } from '../../src/model';
import { readGold } from '../support/gold';

const corpus = readGold();
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 120_000);

describe.each(corpus.map((document) => [document.meta.id, document] as const))('hand-checked facts of %s', (_id, document) => {
  const facts: FactSet = document.facts;
  const refs = new Set(facts.entities.map((entity) => entity.ref));
  const everyEvidence = [
    ...facts.entities.flatMap((e) => e.evidence),
    ...facts.relations.flatMap((r) => r.evidence),
    ...facts.observations.flatMap((o) => o.evidence),
    ...facts.notes.flatMap((n) => n.evidence),
  ];

  it('quotes every evidence sentence exactly from the text', () => {
    const missing = everyEvidence.filter((evidence) => !document.text.includes(evidence.sentence)).map((e) => e.sentence);
    expect(missing).toEqual([]);
    expect(everyEvidence.length).toBeGreaterThan(50);
  });

  it('gives every fact evidence, and every reference a defined entity', () => {
    expect(refs.size).toBe(facts.entities.length);
    for (const item of [...facts.entities, ...facts.relations, ...facts.observations]) expect(item.evidence.length).toBeGreaterThan(0);
    for (const relation of facts.relations) expect([refs.has(relation.from), refs.has(relation.to)]).toEqual([true, true]);
    for (const observation of facts.observations) expect(refs.has(observation.subject)).toBe(true);
  });

  it('uses only known relation types and pairing modes', () => {
    for (const relation of facts.relations) {
      expect(RELATION_TYPES).toContain(relation.type);
      if (relation.type === 'PAIRS_WITH') expect(PAIRING_MODE_VALUES).toContain(relation.properties?.mode);
    }
  });

  it('names each coded area as the official division data does (villages without the committee suffix)', () => {
    const areas = facts.entities.filter((entity) => (AREA_LABELS as readonly string[]).includes(entity.label) && entity.code);
    expect(areas.length).toBeGreaterThan(5);
    const official = (code: string) => gazetteer.byCode(code);
    const mismatches = areas.filter((area) => !official(area.code!) || commonName(official(area.code!)!) !== area.name).map((a) => `${a.code} ${a.name}`);
    expect(mismatches).toEqual([]);
  });
});
