import { ApiError, gql, setApiKey } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { documentHref } from '../router';
import { errorBox, load, loading, table } from '../ui';

interface DocumentRow {
  id: string;
  title: string;
  publishedAt: string | null;
  publisher: string | null;
  length: number | null;
}
interface IngestionReport {
  documentId: string;
  title: string;
  entities: { total: number; new: number; existing: number };
  relations: number;
  observations: number;
  unresolved: { written: string; label: string; reason: string; candidates: { code: string; name: string }[] }[];
  warnings: string[];
}

const DOCUMENTS = `{ documents(first: 200) { totalCount edges { node { id title publishedAt publisher length } } } }`;
const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    documentId title entities { total new existing } relations observations
    unresolved { written label reason candidates { code name } } warnings
  }
}`;

/** /documents: the reports in the graph, and a form to paste a new one and read what was extracted. */
export function documentsView(root: HTMLElement): void {
  const list = h('div', {});
  root.append(h('h1', {}, t('documents.title')), list, h('h2', { id: 'ingest' }, t('documents.add')), ingestForm());
  void load(
    list,
    () => gql<{ documents: { totalCount: number; edges: { node: DocumentRow }[] } }>(DOCUMENTS),
    ({ documents }) =>
      table(
        [t('documents.reportTitle'), t('col.date'), '', ''],
        documents.edges.map(({ node }) => [h('a', { href: documentHref(node.id) }, node.title), node.publishedAt ?? '', node.publisher ?? '', node.length ? t('documents.chars', { n: node.length.toLocaleString() }) : '']),
        'documents',
      ),
  );
}

function ingestForm(): HTMLElement {
  const title = h('input', { name: 'title', required: true, maxlength: 300 });
  const publishedAt = h('input', { name: 'publishedAt', placeholder: '2021-06', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const text = h('textarea', { name: 'text', required: true, rows: 10 });
  const result = h('div', { className: 'ingest-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit' }, t('documents.ingest'));
  const send = async () => {
    submit.disabled = true;
    result.replaceChildren(loading());
    try {
      const input = { title: title.value.trim(), text: text.value, publishedAt: publishedAt.value.trim() || null };
      const { ingestDocument: report } = await gql<{ ingestDocument: IngestionReport }>(INGEST, { input });
      result.replaceChildren(reportOf(report));
    } catch (error) {
      result.replaceChildren(errorBox(error));
      if (error instanceof ApiError && error.needsKey) result.append(keyPrompt(send));
    } finally {
      submit.disabled = false;
    }
  };
  return h(
    'form',
    { className: 'ingest', onsubmit: (event: Event) => (event.preventDefault(), void send()) },
    h('label', {}, t('documents.reportTitle'), title),
    h('label', {}, t('documents.publishedAt'), publishedAt),
    h('label', {}, t('documents.text'), text),
    submit,
    result,
  );
}

/** Asks for a key where the service wants one; it is kept in this tab's sessionStorage only. */
function keyPrompt(retry: () => Promise<void>): HTMLElement {
  const key = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', 'aria-label': t('key.label') });
  return h(
    'form',
    {
      className: 'key-prompt',
      onsubmit: (event: Event) => {
        event.preventDefault();
        setApiKey(key.value.trim() || null);
        void retry();
      },
    },
    h('p', {}, t('key.prompt')),
    h('label', {}, t('key.label'), ' ', key),
    ' ',
    h('button', { type: 'submit' }, t('key.save')),
  );
}

function reportOf(report: IngestionReport): HTMLElement {
  return h(
    'section',
    { className: 'report' },
    h('h3', {}, t('documents.report'), ': ', report.title),
    h('p', {}, t('documents.entities', report.entities)),
    h('p', {}, t('documents.relations', { relations: report.relations, observations: report.observations })),
    report.unresolved.length > 0 && [
      h('h4', {}, t('documents.unresolved')),
      h('ul', {}, report.unresolved.map((u) => h('li', {}, `${u.written} (${u.label}): ${u.reason}`, u.candidates.length ? ` — ${u.candidates.map((c) => `${c.name} ${c.code}`).join('、')}` : ''))),
    ],
    report.warnings.length > 0 && [h('h4', {}, t('documents.warnings')), h('ul', {}, report.warnings.map((w) => h('li', {}, w)))],
    h('p', {}, h('a', { href: documentHref(report.documentId), className: 'button open-added' }, t('documents.open'))),
  );
}
