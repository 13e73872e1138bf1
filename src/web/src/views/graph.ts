import { ENTITY_REF, EntityRef, gql } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { entityHref, graphHref, navigate } from '../router';
import { errorBox, loading } from '../ui';
import { drawGraph, edgeElement, GraphEdge, nodeElement, readableLayout } from './graph-canvas';
// The model's own list (plain data, bundled at build time), so the page offers every type the graph holds.
import { RELATION_TYPES } from '../../../model/relation-types';

/** Which pairings a drawing shows by their time: those active in a year, or only the current ones. */
interface Period {
  year?: number;
  current: boolean;
}

interface Subgraph {
  truncated: boolean;
  nodes: EntityRef[];
  edges: GraphEdge[];
}

const NEIGHBORHOOD = `query Neighborhood($id: String!, $limit: Int!, $types: [RelationType!], $scope: Scope) {
  neighborhood(id: $id, depth: 1, limit: $limit, relationTypes: $types, scope: $scope) {
    truncated nodes { ${ENTITY_REF} } edges { id source target type label }
  }
}`;

const scopeOf = ({ year, current }: Period) => (year ? { activeIn: year } : current ? { period: 'CURRENT' } : null);

const fetchNeighborhood = (id: string, types: string[], period: Period, limit: number) =>
  gql<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { id, limit, types: types.length ? types : null, scope: scopeOf(period) }).then((data) => data.neighborhood);

/** /graph/<id>?types=&year=&period=current: the entity's neighbourhood; a click on a node adds that node's. */
export function graphView(root: HTMLElement, id: string, types: string[], period: Period): void {
  const status = h('p', { className: 'graph-status', role: 'status', 'aria-live': 'polite' });
  const canvas = h('div', { className: 'graph-canvas', 'aria-label': t('graph.hint') });
  const title = h('h1', {}, t('graph.title', { name: id }));
  const filters = filterForm(types, period, (next) => navigate(`${graphHref(id)}${query(next.types, next)}`, true));
  root.append(title, h('p', { className: 'hint' }, t('graph.hint')), filters, status, canvas);
  status.replaceChildren(loading());
  // The drawn nodes as a list too: each opens, or expands, from the keyboard.
  const list = h('ul', { className: 'graph-nodes' });
  const listBox = h('details', { className: 'graph-list' }, h('summary', {}, t('graph.list')), list);
  root.append(listBox);
  fetchNeighborhood(id, types, period, 200)
    .then(async (subgraph) => {
      const centre = subgraph.nodes[0];
      if (centre) title.textContent = t('graph.title', { name: centre.name });
      const cy = await drawGraph(canvas, [...subgraph.nodes.map((n, i) => nodeElement(n, i === 0 ? { centre: true } : {})), ...subgraph.edges.map(edgeElement)]);
      const count = (truncated: boolean) => status.replaceChildren(t('graph.count', { nodes: cy.nodes().length, edges: cy.edges().length }), truncated ? ` ${t('graph.truncated')}` : '');
      const expanded = new Set([subgraph.nodes[0]?.id]);
      const listNodes = () =>
        list.replaceChildren(
          ...cy.nodes().map((node) =>
            h(
              'li',
              {},
              h('a', { href: entityHref(node.id()) }, String(node.data('label'))),
              ' ',
              expanded.has(node.id()) ? '' : h('button', { type: 'button', onclick: () => void expand(node.id()) }, t('graph.expand')),
            ),
          ),
        );
      const expand = async (nodeId: string) => {
        if (expanded.has(nodeId)) return;
        expanded.add(nodeId);
        status.replaceChildren(loading());
        try {
          const more = await fetchNeighborhood(nodeId, types, period, 100);
          cy.add([...more.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => nodeElement(n)), ...more.edges.filter((e) => cy.getElementById(`e:${e.id}`).empty()).map(edgeElement)]);
          cy.layout(readableLayout(cy)).run();
          count(more.truncated);
          listNodes();
        } catch (error) {
          status.replaceChildren(errorBox(error));
        }
      };
      count(subgraph.truncated);
      listNodes();
      cy.on('tap', 'node', (event) => void expand(event.target.id() as string));
      cy.on('dbltap', 'node', (event) => navigate(entityHref(event.target.id())));
      // Drawn, laid out and listening: a click now reaches a node (the browser tests wait for this).
      cy.resize();
      canvas.dataset.ready = 'true';
    })
    .catch((error) => status.replaceChildren(errorBox(error)));
}


const query = (types: string[], { year, current }: Period) => {
  const params = new URLSearchParams();
  if (types.length) params.set('types', types.join(','));
  if (year) params.set('year', String(year));
  else if (current) params.set('period', 'current');
  const text = params.toString();
  return text ? `?${text}` : '';
};

function filterForm(types: string[], { year, current }: Period, apply: (next: { types: string[] } & Period) => void): HTMLElement {
  const boxes = RELATION_TYPES.map((type) => h('label', { className: 'check' }, h('input', { type: 'checkbox', value: type, checked: types.includes(type) }), type));
  const yearInput = h('input', { type: 'number', min: 1990, max: 2100, value: year, name: 'year', 'aria-label': t('graph.year') });
  const currentInput = h('input', { type: 'checkbox', name: 'current', checked: current });
  return h(
    'form',
    {
      className: 'filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const chosen = boxes.map((b) => b.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
        apply({ types: chosen, year: yearInput.value ? Number(yearInput.value) : undefined, current: currentInput.checked });
      },
    },
    h('details', { open: types.length > 0 }, h('summary', {}, t('graph.relations')), h('fieldset', {}, boxes)),
    h('label', {}, t('graph.year'), ' ', yearInput),
    ' ',
    h('label', { className: 'check' }, currentInput, t('graph.current')),
    ' ',
    h('button', { type: 'submit' }, t('graph.apply')),
  );
}
