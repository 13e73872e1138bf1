import { ENTITY_REF, EntityRef, EVIDENCE, Evidence, gql } from '../api';
import { h } from '../dom';
import { kindLabel, t } from '../i18n';
import { navigate } from '../router';
import { entityLink, errorBox, evidenceList, load } from '../ui';
import { autocomplete } from './autocomplete';
import { drawGraph, edgeElement, nodeElement } from './graph-canvas';
import { RELATION_TYPES } from '../../../model/relation-types';

const KINDS = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE', 'AGENCY', 'ENTERPRISE', 'SCHOOL', 'HOSPITAL', 'SOCIAL_ORGANIZATION', 'PROJECT'];

interface PathResult {
  length: number;
  explanation: string;
  nodes: EntityRef[];
  relationships: { direction: 'OUT' | 'IN'; label: string; type: string; relation: { id: string }; evidence: Evidence[] }[];
}

const PATH = `query Path($from: String!, $to: String!, $options: PathOptions) {
  path(from: $from, to: $to, options: $options) {
    length explanation nodes { ${ENTITY_REF} }
    relationships { direction label type relation { id } evidence { ${EVIDENCE} } }
  }
}`;

interface PathRoute {
  from: string;
  to: string;
  maxHops: number;
  types: string[];
  exclude: string[];
}

/** /path?from=&to=&maxHops=&types=&exclude=: the shortest paths, drawn and listed hop by hop with evidence. */
export function pathView(root: HTMLElement, route: PathRoute): void {
  const from = autocomplete({ placeholder: t('path.from'), label: t('path.from'), value: route.from, name: 'from', onPick: () => undefined });
  const to = autocomplete({ placeholder: t('path.to'), label: t('path.to'), value: route.to, name: 'to', onPick: () => undefined });
  const hops = h('select', { name: 'maxHops', 'aria-label': t('path.maxHops') }, [1, 2, 3, 4, 5, 6, 7, 8].map((n) => h('option', { value: n, selected: n === route.maxHops }, String(n))));
  const checks = (values: string[], chosen: string[], label: (v: string) => string) => values.map((v) => h('label', { className: 'check' }, h('input', { type: 'checkbox', value: v, checked: chosen.includes(v) }), label(v)));
  const typeBoxes = h('fieldset', {}, h('legend', {}, t('path.types')), checks(RELATION_TYPES, route.types, (v) => v));
  const kindBoxes = h('fieldset', {}, h('legend', {}, t('path.exclude')), checks(KINDS, route.exclude, kindLabel));
  const chosen = (set: HTMLElement) => [...set.querySelectorAll('input:checked')].map((i) => (i as HTMLInputElement).value);
  const form = h(
    'form',
    {
      className: 'path-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const params = new URLSearchParams({ from: from.input.dataset.id ?? from.input.value.trim(), to: to.input.dataset.id ?? to.input.value.trim(), maxHops: hops.value });
        if (chosen(typeBoxes).length) params.set('types', chosen(typeBoxes).join(','));
        if (chosen(kindBoxes).length) params.set('exclude', chosen(kindBoxes).join(','));
        navigate(`/path?${params}`);
      },
    },
    h('div', { className: 'row' }, h('label', {}, t('path.from'), from.element), h('label', {}, t('path.to'), to.element), h('label', {}, t('path.maxHops'), ' ', hops), h('button', { type: 'submit' }, t('path.find'))),
    h('details', {}, h('summary', {}, `${t('path.types')} / ${t('path.exclude')}`), typeBoxes, kindBoxes),
  );
  const results = h('div', { className: 'path-results' });
  root.append(h('h1', {}, t('path.title')), form, results);
  if (!route.from || !route.to) return;
  const options = { k: 3, maxHops: route.maxHops, relationTypes: route.types.length ? route.types : null, excludeLabels: route.exclude.length ? route.exclude : null };
  void load(
    results,
    () => gql<{ path: PathResult[] }>(PATH, { from: route.from, to: route.to, options }),
    ({ path }) => {
      if (path.length === 0) return h('p', {}, t('path.none', { from: route.from, to: route.to, hops: route.maxHops }));
      // The address may hold ids (a picked suggestion): the form shows the names they stand for.
      for (const [box, node] of [[from.input, path[0].nodes[0]], [to.input, path[0].nodes[path[0].nodes.length - 1]]] as const) {
        box.value = node.name;
        box.dataset.id = node.id;
      }
      const canvas = h('div', { className: 'graph-canvas path-canvas' });
      const nodes = new Map(path.flatMap((p) => p.nodes).map((n) => [n.id, n]));
      const edges = new Map(
        path.flatMap((p) =>
          p.relationships.map((r, i) => {
            const [a, b] = [p.nodes[i].id, p.nodes[i + 1].id];
            const [source, target] = r.direction === 'OUT' ? [a, b] : [b, a];
            return [r.relation.id, { id: r.relation.id, source, target, type: r.type, label: r.label }] as const;
          }),
        ),
      );
      const ends = new Set([path[0].nodes[0].id, path[0].nodes[path[0].nodes.length - 1].id]);
      drawGraph(canvas, [...[...nodes.values()].map((n) => nodeElement(n, ends.has(n.id) ? { centre: true } : {})), ...[...edges.values()].map(edgeElement)], 'breadthfirst').catch((error) => canvas.replaceWith(errorBox(error)));
      return [
        h('p', { role: 'status' }, t('path.found', { n: path.length })),
        canvas,
        h(
          'ol',
          { className: 'paths' },
          path.map((p) =>
            h(
              'li',
              {},
              h('p', { className: 'explanation' }, p.explanation),
              h(
                'ol',
                { className: 'hops' },
                p.relationships.map((r, i) => h('li', {}, entityLink(p.nodes[i]), ` ${r.direction === 'OUT' ? '—' : '←'}${r.label}${r.direction === 'OUT' ? '→' : '—'} `, entityLink(p.nodes[i + 1]), evidenceList(r.evidence))),
              ),
            ),
          ),
        ),
      ];
    },
  );
}
