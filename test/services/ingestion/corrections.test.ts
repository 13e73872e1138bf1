import { FactSet } from '../../../src/model';
import { applyCorrections, CorrectionError } from '../../../src/services/ingestion/corrections';

const extracted = (): FactSet => ({
  document: { id: 'd', title: 't' },
  entities: [
    { ref: 'a', label: 'County', name: '松江区', code: '310117', evidence: [{ sentence: '松江区' }] },
    { ref: 'b', label: 'County', name: '勐海县', code: '532822', written: ['西双版纳勐海县'], evidence: [{ sentence: '勐海县' }] },
  ],
  relations: [{ type: 'PAIRS_WITH', from: 'a', to: 'b', properties: { mode: '对口支援' }, evidence: [{ sentence: '松江区' }] }],
  observations: [],
  notes: [],
});

describe('curated corrections', () => {
  it('adds entities and relations named by kind and name, and says what changed', () => {
    const { facts, applied } = applyCorrections(extracted(), [
      {
        reason: 'the project has no project word',
        addEntities: [{ label: 'Project', name: '大米种植', evidence: [{ sentence: '种植' }] }],
        addRelations: [{ type: 'BUILDS', from: { label: 'County', name: '松江区' }, to: { label: 'Project', name: '大米种植' }, evidence: [{ sentence: '种植' }] }],
      },
    ]);
    expect(facts.relations.at(-1)).toMatchObject({ type: 'BUILDS', from: 'a', to: 'correction:Project:大米种植' });
    expect(applied).toEqual([{ reason: 'the project has no project word', changes: ['+ Project 大米种植', '+ 松江区 -BUILDS-> 大米种植'] }]);
  });

  it('finds entities by a written form and removes relations and entities', () => {
    const { facts } = applyCorrections(extracted(), [
      { reason: 'wrong mode', removeRelations: [{ type: 'PAIRS_WITH', from: { label: 'County', name: '松江区' }, to: { label: 'County', name: '西双版纳勐海县' } }] },
    ]);
    expect(facts.relations).toEqual([]);
  });

  it('does not add an entity twice, and leaves the input untouched', () => {
    const input = extracted();
    const { facts } = applyCorrections(input, [{ reason: 'r', addEntities: [{ label: 'County', name: '松江区', code: '310117', evidence: [] }] }]);
    expect(facts.entities).toHaveLength(2);
    expect(input.relations).toHaveLength(1);
  });

  it('fails loudly when a correction names something the facts do not hold', () => {
    expect(() =>
      applyCorrections(extracted(), [{ reason: 'stale', removeRelations: [{ type: 'FUNDS', from: { label: 'County', name: '松江区' }, to: { label: 'County', name: '勐海县' } }] }]),
    ).toThrow(CorrectionError);
    expect(() => applyCorrections(extracted(), [{ reason: 'stale', removeEntities: [{ label: 'School', name: '无此校' }] }])).toThrow(/hold no School named 无此校/);
  });
});
