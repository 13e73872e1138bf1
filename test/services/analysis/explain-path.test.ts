import { analysePath, routeOf } from '../../../src/services/analysis/explain-path';
import { EntityRecord, RelationRecord } from '../../../src/model';
import { displayName, relationLabel } from '../../../src/services/analysis/relation-labels';

const entity = (id: string, name: string, labels: string[], aliases: string[] = []): EntityRecord => ({ id, name, labels, aliases });
const relation = (type: string, from: string, to: string, properties: Record<string, unknown> = {}): RelationRecord => ({ type, from, to, key: '', ...properties });

const fengxian = entity('310120', '奉贤区', ['Entity', 'Area', 'County', 'District']);
const wuchuan = entity('520326', '务川仡佬族苗族自治县', ['Entity', 'Area', 'County'], ['务川县']);
const hongsi = entity('520326203', '红丝乡', ['Entity', 'Area', 'Township']);
const shangba = entity('520326203200', '上坝村村民委员会', ['Entity', 'Area', 'Village'], ['上坝村']);
const project = entity('Project:上坝村自然能提水项目', '上坝村自然能提水项目', ['Entity', 'Project']);

describe('explaining a path in one line', () => {
  it('shows the pairing mode along the walk and ⊃ when the walk goes down the official hierarchy', () => {
    const path = analysePath(
      [fengxian, wuchuan, hongsi, shangba],
      [relation('PAIRS_WITH', '310120', '520326', { mode: '扶贫协作' }), relation('PART_OF', '520326203', '520326'), relation('PART_OF', '520326203200', '520326203')],
    );
    expect(path.explanation).toBe('奉贤区 —扶贫协作→ 务川县 ⊃ 红丝乡 ⊃ 上坝村');
    expect(path.steps.map((step) => step.forward)).toEqual([true, false, false]);
    expect(path.length).toBe(3);
  });

  it('shows ⊂ going up and a reversed arrow when the walk goes against a relationship', () => {
    const path = analysePath([shangba, project, fengxian], [relation('LOCATED_IN', project.id, shangba.id), relation('BUILDS', fengxian.id, project.id)]);
    expect(path.explanation).toBe('上坝村 ←位于— 上坝村自然能提水项目 ←援建— 奉贤区');
    const up = analysePath([hongsi, wuchuan], [relation('PART_OF', hongsi.id, wuchuan.id)]);
    expect(up.explanation).toBe('红丝乡 ⊂ 务川县');
  });

  it('gives every other relationship type its short Chinese verb', () => {
    const verbs = ['FUNDS', 'INVESTS_IN', 'BUILDS', 'LOCATED_IN', 'BENEFITS', 'SENDS_STAFF', 'TRAINS', 'DONATES_TO', 'MANAGES', 'BELONGS_TO'].map((type) =>
      relationLabel({ type }),
    );
    expect(verbs).toEqual(['资助', '投资', '援建', '位于', '惠及', '派驻', '培训', '捐赠', '托管', '隶属']);
  });

  it('names the route of a path by node kinds and walked relationship types', () => {
    const path = analysePath([fengxian, wuchuan, hongsi], [relation('PAIRS_WITH', fengxian.id, wuchuan.id, { mode: '扶贫协作' }), relation('PART_OF', hongsi.id, wuchuan.id)]);
    expect(routeOf(path)).toBe('District -PAIRS_WITH-> County <-PART_OF- Township');
  });
});

describe('the names an explanation shows', () => {
  it('shortens village committee names and prefers a shorter written form with a level suffix', () => {
    expect(displayName({ name: '笋子洼村民委员会' })).toBe('笋子洼村');
    expect(displayName({ name: '要什道村委会' })).toBe('要什道村');
    expect(displayName({ name: '多福巷社区居委会' })).toBe('多福巷社区');
    expect(displayName({ name: '德宏傣族景颇族自治州', aliases: ['德宏州', '德宏'] })).toBe('德宏州');
    expect(displayName({ name: '芒市', aliases: ['德宏芒市'] })).toBe('芒市');
    expect(displayName({ name: '香格里拉市', aliases: ['香格里拉县'] })).toBe('香格里拉市');
  });
});
