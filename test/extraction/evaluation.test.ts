import { evaluate } from '../../src/extraction/evaluation';
import type { FactSet } from '../../src/model';

const doc = { id: 'd', title: 't' };
const ev = [{ sentence: 's' }];
const gold: FactSet = {
  document: doc,
  entities: [
    { ref: 'a', label: 'County', name: '松江区', code: '310117', evidence: ev },
    { ref: 'b', label: 'County', name: '勐海县', code: '532822', evidence: ev },
    { ref: 'c', label: 'Agency', name: '松江区教育局', written: ['教育局'], evidence: ev },
  ],
  relations: [
    { type: 'PAIRS_WITH', from: 'a', to: 'b', properties: { mode: '扶贫协作' }, evidence: ev },
    { type: 'BELONGS_TO', from: 'c', to: 'a', evidence: ev },
  ],
  observations: [],
  notes: [],
};

describe('evaluate', () => {
  it('matches areas by code, others by any shared name form, and PAIRS_WITH by mode', () => {
    const extracted: FactSet = {
      ...gold,
      entities: [
        { ref: 'x', label: 'County', name: '松江', code: '310117', evidence: ev },
        { ref: 'y', label: 'County', name: '勐海县', code: '532822', evidence: ev },
        { ref: 'z', label: 'Agency', name: '教育局', evidence: ev },
        { ref: 'w', label: 'Project', name: '某项目', evidence: ev },
      ],
      relations: [
        { type: 'PAIRS_WITH', from: 'x', to: 'y', properties: { mode: '对口支援' }, evidence: ev },
        { type: 'BELONGS_TO', from: 'z', to: 'x', evidence: ev },
      ],
    };
    const r = evaluate(extracted, gold);
    expect(r.entities.County).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.entities.Agency).toMatchObject({ tp: 1 });
    expect(r.entities.Project).toMatchObject({ tp: 0, fp: 1 });
    expect(r.relations.PAIRS_WITH).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.relations.BELONGS_TO).toMatchObject({ tp: 1 });
    expect(r.overall).toMatchObject({ tp: 4, fp: 2, fn: 1 });
  });
});
