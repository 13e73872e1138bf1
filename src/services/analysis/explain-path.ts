import { displayName, relationLabel, walkSymbol } from './relation-labels';
import { EntityRecord, kindOf, RelationRecord } from '../../model';

/** One relationship of a path, with the way the walk takes it. */
export interface PathStep {
  relation: RelationRecord;
  /** True when the relationship points along the walk (from the previous node to the next). */
  forward: boolean;
  /** Its label read from start to end (扶贫协作, 援建, 属于 …). */
  label: string;
}

export interface AnalysedPath {
  nodes: EntityRecord[];
  steps: PathStep[];
  length: number;
  /** One line a reader can follow: `奉贤区 —扶贫协作→ 务川仡佬族苗族自治县 ⊃ 红丝乡 ⊃ 上坝村`. */
  explanation: string;
}

/** Nodes and relationships in walk order → steps with their direction, and the one-line explanation. */
export function analysePath(nodes: EntityRecord[], relationships: RelationRecord[]): AnalysedPath {
  const steps = relationships.map((relation, index) => ({
    relation,
    forward: relation.from === nodes[index].id,
    label: relationLabel(relation),
  }));
  return { nodes, steps, length: steps.length, explanation: explain(nodes, steps) };
}

export function explain(nodes: readonly { name: string; aliases?: readonly string[] }[], steps: readonly Pick<PathStep, 'relation' | 'forward'>[]): string {
  const parts = [displayName(nodes[0])];
  steps.forEach((step, index) => parts.push(walkSymbol(step.relation, step.forward), displayName(nodes[index + 1])));
  return parts.join(' ');
}

/** The shape of a path: relationship types with their walk direction and the kinds of the nodes. */
export function routeOf(path: AnalysedPath): string {
  const parts: string[] = [kindOf(path.nodes[0].labels)];
  path.steps.forEach((step, index) => {
    parts.push(step.forward ? `-${step.relation.type}->` : `<-${step.relation.type}-`, kindOf(path.nodes[index + 1].labels));
  });
  return parts.join(' ');
}
