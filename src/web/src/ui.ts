import { ApiError, EntityRef, Evidence } from './api';
import { Child, h } from './dom';
import { kindLabel, t } from './i18n';
import { documentHref, entityHref } from './router';

/** The colour of each kind, shared by the badges, the graph and the charts. */
export const KIND_COLOURS: Record<string, string> = {
  DISTRICT: '#c0392b',
  PROVINCE: '#7d3c98',
  PREFECTURE: '#2471a3',
  COUNTY: '#1e8449',
  TOWNSHIP: '#b7950b',
  VILLAGE: '#ca6f1e',
  ENTERPRISE: '#17a589',
  SCHOOL: '#5d6d7e',
  HOSPITAL: '#e74c3c',
  AGENCY: '#34495e',
  SOCIAL_ORGANIZATION: '#a04000',
  PROJECT: '#6c3483',
};

export function kindBadge(kind: string): HTMLElement {
  return h('span', { className: 'kind', style: `--kind:${KIND_COLOURS[kind] ?? '#777'}` }, kindLabel(kind));
}

export function entityLink(entity: EntityRef): HTMLElement {
  return h('a', { href: entityHref(entity.id), className: 'entity-link', title: `${kindLabel(entity.type)}${entity.code ? ` · ${entity.code}` : ''}` }, entity.name);
}

/** Each sentence quoted, with its document and a link that opens the document at the sentence. */
export function evidenceList(evidence: Evidence[]): HTMLElement {
  return h(
    'ul',
    { className: 'evidence' },
    evidence.map((e) =>
      h(
        'li',
        {},
        h('q', {}, e.sentence),
        ' ',
        h('a', { href: documentHref(e.documentId, e.start, e.end), className: 'evidence-link', title: t('evidence.open') }, `— ${e.document?.title ?? e.documentId}`),
      ),
    ),
  );
}

export function table(headers: string[], rows: Child[][], className = ''): HTMLElement {
  return h(
    'div',
    { className: 'table-wrap' },
    h('table', { className }, h('thead', {}, h('tr', {}, headers.map((name) => h('th', { scope: 'col' }, name)))), h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell)))))),
  );
}

export function loading(): HTMLElement {
  return h('p', { className: 'loading', role: 'status' }, h('span', { className: 'spinner', 'aria-hidden': 'true' }), t('loading'));
}

/** An error as a sentence (the service's own message); never a JSON dump. */
export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return h('p', { className: 'error', role: 'alert' }, message);
}

export function period(since?: number | null, until?: number | null): string {
  if (!since && !until) return '';
  return `${since ?? '…'}–${until ?? ''}`;
}

/** Runs `work`, showing progress in `target` meanwhile and the error as a sentence if it fails. */
export async function load<T>(target: HTMLElement, work: () => Promise<T>, render: (value: T) => Child): Promise<void> {
  target.replaceChildren(loading());
  try {
    const value = await work();
    target.replaceChildren();
    const shown = render(value);
    if (shown instanceof Node) target.append(shown);
    else if (Array.isArray(shown)) for (const node of shown.flat(Infinity as 1)) if (node instanceof Node) target.append(node);
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    target.replaceChildren(errorBox(error));
  }
}

export function download(filename: string, href: string): void {
  const link = h('a', { href, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Rows as CSV (RFC 4180 quoting), with a BOM so spreadsheet programs read the Chinese right. */
export function csv(rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
