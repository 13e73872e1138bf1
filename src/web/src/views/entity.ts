import { ENTITY_REF, EntityRef, EVIDENCE, Evidence, gql } from '../api';
import { h } from '../dom';
import { kindLabel, t } from '../i18n';
import { documentHref, entityHref, graphHref } from '../router';
import { entityLink, evidenceList, kindBadge, load, period, table } from '../ui';

interface EntityDetail extends EntityRef {
  aliases: string[];
  ancestors?: EntityRef[];
  pairings: { id: string; modeLabel: string; since: number | null; until: number | null; helper: EntityRef; helped: EntityRef; evidence: Evidence[] }[];
  relations: {
    id: string;
    type: string;
    modeLabel?: string;
    period: string | null;
    year: number | null;
    amountText: string | null;
    amountWan: number | null;
    role: string | null;
    count: number | null;
    purpose: string | null;
    from: EntityRef;
    to: EntityRef;
    evidence: Evidence[];
  }[];
  observations: { id: string; metric: string; date: string; value: number; unit: string; evidence: Evidence[] }[];
  documents: { id: string; title: string }[];
}

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF} aliases
    ... on Area { ancestors { ${ENTITY_REF} } }
    pairings { id modeLabel since until helper { ${ENTITY_REF} } helped { ${ENTITY_REF} } evidence { ${EVIDENCE} } }
    relations { id type period year amountText amountWan role count purpose from { ${ENTITY_REF} } to { ${ENTITY_REF} } evidence { ${EVIDENCE} } }
    observations { id metric date value unit evidence { ${EVIDENCE} } }
    documents { id title }
  }
}`;

/** /entity/<id>: the entity with its place, every pairing, relation and figure, each with its evidence. */
export function entityView(root: HTMLElement, id: string): void {
  const body = h('div', { className: 'entity' });
  root.append(body);
  void load(
    body,
    () => gql<{ entity: EntityDetail | null }>(ENTITY, { id }),
    ({ entity }) => {
      if (!entity) return h('p', { className: 'error', role: 'alert' }, t('entity.none', { id }));
      document.title = `${entity.name} · ${t('title')}`;
      // The official hierarchy reads from the province down.
      const ancestors = [...(entity.ancestors ?? [])].sort((a, b) => (a.code ?? '').length - (b.code ?? '').length);
      return [
        ancestors.length > 0 && h('nav', { className: 'breadcrumbs', 'aria-label': 'breadcrumbs' }, ancestors.map((a) => [entityLink(a), h('span', { 'aria-hidden': 'true' }, ' › ')]), h('span', {}, entity.name)),
        h('h1', {}, entity.name, ' ', kindBadge(entity.type)),
        h(
          'dl',
          { className: 'facts' },
          h('dt', {}, t('entity.kind')),
          h('dd', {}, kindLabel(entity.type)),
          entity.code && [h('dt', {}, t('entity.code')), h('dd', { className: 'code' }, entity.code)],
          entity.aliases.length > 0 && [h('dt', {}, t('entity.aliases')), h('dd', {}, entity.aliases.join('、'))],
        ),
        h('p', { className: 'actions' }, h('a', { href: graphHref(entity.id), className: 'button' }, t('entity.graph')), ' ', h('a', { href: `/path?from=${encodeURIComponent(entity.id)}`, className: 'button' }, t('entity.pathFrom'))),
        h('h2', {}, t('entity.pairings'), ` (${entity.pairings.length})`),
        entity.pairings.length === 0
          ? h('p', {}, t('entity.noPairings'))
          : table(
              [t('col.helper'), t('col.helped'), t('col.mode'), t('col.period'), t('col.evidence')],
              entity.pairings.map((p) => [entityLink(p.helper), entityLink(p.helped), p.modeLabel, period(p.since, p.until), evidenceList(p.evidence)]),
              'pairings',
            ),
        h('h2', {}, t('entity.observations'), ` (${entity.observations.length})`),
        entity.observations.length === 0
          ? h('p', {}, t('entity.noObservations'))
          : table(
              [t('col.metric'), t('col.date'), t('col.value'), t('col.evidence')],
              entity.observations.map((o) => [o.metric, o.date, `${o.value.toLocaleString()} ${o.unit}`, evidenceList(o.evidence)]),
              'observations',
            ),
        h('h2', {}, t('entity.relations'), ` (${entity.relations.filter((r) => r.type !== 'PAIRS_WITH').length})`),
        relationsTable(entity.relations.filter((r) => r.type !== 'PAIRS_WITH')),
        h('h2', {}, t('entity.documents')),
        h('ul', {}, entity.documents.map((d) => h('li', {}, h('a', { href: documentHref(d.id) }, d.title)))),
      ];
    },
  );
}

function relationsTable(relations: EntityDetail['relations']): HTMLElement {
  if (relations.length === 0) return h('p', {}, t('entity.noRelations'));
  const detail = (r: EntityDetail['relations'][number]) =>
    [r.amountText ?? (r.amountWan !== null ? `${r.amountWan}万元` : null), r.count !== null ? `${r.count}${r.role ? ` ${r.role}` : ''}` : r.role, r.purpose, r.period ?? r.year].filter(Boolean).join(' · ');
  return table(
    [t('col.from'), t('col.type'), t('col.to'), t('col.detail'), t('col.evidence')],
    relations.map((r) => [h('a', { href: entityHref(r.from.id) }, r.from.name), r.type, h('a', { href: entityHref(r.to.id) }, r.to.name), detail(r), evidenceList(r.evidence)]),
    'relations',
  );
}
