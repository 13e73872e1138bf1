import { EntityRef, gql } from '../api';
import { Child, h } from '../dom';
import { t } from '../i18n';
import { entityHref } from '../router';
import { entityLink, evidenceList, kindBadge, KIND_COLOURS, load } from '../ui';

interface DocumentDetail {
  id: string;
  title: string;
  publishedAt: string | null;
  publisher: string | null;
  url: string | null;
  text: string;
  mentions: (EntityRef & { aliases: string[] })[];
  notes: { id: string; kind: string; description: string; evidence: { sentence: string; start: number; end: number; documentId: string; caption: boolean; document: null }[] }[];
}

const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    id title publishedAt publisher url text
    mentions { id name type aliases }
    notes { id kind description evidence { sentence start end documentId caption } }
  }
}`;

/**
 * /document/<id>?start=&end=: the report's text with every entity it names linked, and the
 * sentence start–end (an evidence link's target) highlighted and scrolled to.
 */
export function documentView(root: HTMLElement, id: string, start?: number, end?: number): void {
  const body = h('div', { className: 'document' });
  root.append(body);
  void load(
    body,
    () => gql<{ document: DocumentDetail | null }>(DOCUMENT, { id }),
    ({ document: doc }) => {
      if (!doc) return h('p', { className: 'error', role: 'alert' }, t('document.none', { id }));
      document.title = `${doc.title} · ${t('title')}`;
      const text = h('article', { className: 'document-text', lang: 'zh-CN' }, renderText(doc, start, end));
      queueMicrotask(() => text.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' }));
      return [
        h('h1', {}, doc.title),
        h('p', { className: 'meta' }, [doc.publisher, doc.publishedAt, doc.url && h('a', { href: doc.url, rel: 'noreferrer', target: '_blank' }, doc.url)].filter(Boolean).map((part) => [part, ' · '])),
        h('div', { className: 'document-layout' }, text, h('aside', {}, h('h2', {}, t('document.mentions'), ` (${doc.mentions.length})`), h('ul', { className: 'mentions' }, doc.mentions.map((m) => h('li', {}, entityLink(m), ' ', kindBadge(m.type)))), doc.notes.length > 0 && [h('h2', {}, t('document.notes')), h('ul', {}, doc.notes.map((n) => h('li', {}, h('strong', {}, n.kind), ' ', n.description, evidenceList(n.evidence.map((e) => ({ ...e, documentId: doc.id, document: { id: doc.id, title: doc.title } }))))))])),
      ];
    },
  );
}

interface Span {
  start: number;
  end: number;
  entity: EntityRef;
}

/** Where each entity's name or written form occurs, longest first, none overlapping. */
function mentionSpans(doc: DocumentDetail): Span[] {
  const candidates: Span[] = [];
  for (const entity of doc.mentions) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      if (name.length < 2) continue;
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) candidates.push({ start: at, end: at + name.length, entity });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of candidates) if (!kept.length || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}

function renderText(doc: DocumentDetail, start?: number, end?: number): Child[] {
  const spans = mentionSpans(doc);
  const region = (from: number, to: number): Child[] => {
    const out: Child[] = [];
    let at = from;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      const s = Math.max(span.start, from);
      const e = Math.min(span.end, to);
      if (s > at) out.push(doc.text.slice(at, s));
      out.push(h('a', { href: entityHref(span.entity.id), className: 'mention', style: `--kind:${KIND_COLOURS[span.entity.type] ?? '#777'}`, title: span.entity.name }, doc.text.slice(s, e)));
      at = e;
    }
    if (at < to) out.push(doc.text.slice(at, to));
    return out;
  };
  const valid = start !== undefined && end !== undefined && start >= 0 && end > start && end <= doc.text.length;
  if (!valid) return region(0, doc.text.length);
  return [region(0, start), h('mark', { className: 'evidence', tabindex: '-1' }, region(start, end)), region(end, doc.text.length)];
}
