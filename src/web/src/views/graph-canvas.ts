import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { EntityRef } from '../api';
import { KIND_COLOURS } from '../ui';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}

declare global {
  interface Window {
    /** The drawn graph, for the browser tests (and a curious researcher's console). */
    cy?: Core;
  }
}

export const nodeElement = (node: EntityRef, extra: Record<string, unknown> = {}): ElementDefinition => ({
  group: 'nodes',
  data: { id: node.id, label: node.name, kind: node.type, colour: KIND_COLOURS[node.type] ?? '#777', ...extra },
});
export const edgeElement = (edge: GraphEdge): ElementDefinition => ({ group: 'edges', data: { ...edge, id: `e:${edge.id}` } });

/** Draws elements in `container` with cytoscape (loaded only now, in its own chunk). */
export async function drawGraph(container: HTMLElement, elements: ElementDefinition[], layout: 'readable' | 'breadthfirst' = 'readable'): Promise<Core> {
  const { default: cytoscape } = await import('cytoscape');
  window.cy?.destroy();
  const cy = cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 11,
          'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 16,
          height: 16,
          'min-zoomed-font-size': 7,
          'text-background-color': '#fff',
          'text-background-opacity': 0.7,
          'text-background-padding': '1px',
        },
      },
      { selector: 'node[?centre]', style: { width: 28, height: 28, 'font-size': 14, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#aab',
          'target-arrow-color': '#aab',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#556',
          'text-rotation': 'autorotate',
          'min-zoomed-font-size': 8,
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge[type = "PAIRS_WITH"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', width: 2.5 } },
      { selector: 'edge[type = "PART_OF"]', style: { 'line-style': 'dashed' } },
    ],
  });
  cy.layout(layout === 'readable' ? readableLayout(cy) : layoutOptions(layout)).run();
  window.cy = cy;
  return cy;
}

/** A graph where most nodes hang off one or two hubs (a township and its villages) is a star. */
const STAR = { minNodes: 40, leafShare: 0.5, perRing: 40 };

/**
 * A layout that stays readable as the graph grows (measured in
 * test/web/explorer-national.int.test.ts: no node on another at 200 nodes). A force-directed
 * layout (cose) shows the structure of a mixed graph, but crowds a hub's leaves on top of each
 * other: a star is drawn as rings instead, the hubs inside, the leaves around them in rings of
 * about 40, so 170 villages sit side by side at a readable size.
 */
export function readableLayout(cy: Core) {
  const leaves = cy.nodes().filter((node) => node.degree(false) <= 1);
  if (cy.nodes().length < STAR.minNodes || leaves.length < cy.nodes().length * STAR.leafShare) {
    return { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, randomize: false, padding: 20 };
  }
  const rings = Math.ceil(leaves.length / STAR.perRing);
  const ringOf = new Map(leaves.map((node, index) => [node.id(), index % rings]));
  return {
    name: 'concentric',
    animate: false,
    avoidOverlap: true,
    minNodeSpacing: 4,
    padding: 20,
    // Higher values sit nearer the centre: hubs by degree, then the rings of leaves.
    concentric: (node: NodeSingular) => (ringOf.has(node.id()) ? rings - ringOf.get(node.id())! : 1000 + node.degree(false)),
    levelWidth: () => 1,
  };
}

export function layoutOptions(name: 'breadthfirst') {
  return { name, directed: false, spacingFactor: 1.2, padding: 20 };
}
