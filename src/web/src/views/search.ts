import { h } from '../dom';
import { kindLabel, t } from '../i18n';
import { entityHref } from '../router';
import { load, table } from '../ui';
import { searchEntities, searchHint } from './autocomplete';

/** /?q=…: the hits for a text, best first; with no text, what the explorer offers. */
export function searchView(root: HTMLElement, q: string): void {
  if (!q) {
    root.append(
      h('section', { className: 'intro' }, h('h1', {}, t('title')), h('p', {}, searchHint()), h('p', {}, ['松江区', 'songjiang', 'jdq', '532822', '久治县'].map((example) => [h('a', { href: `/?q=${encodeURIComponent(example)}`, className: 'example' }, example), ' ']))),
    );
    return;
  }
  const results = h('div', {});
  root.append(h('h1', {}, t('search.results', { q })), results);
  void load(
    results,
    () => searchEntities(q, 30),
    (hits) =>
      hits.length === 0
        ? h('p', {}, t('search.none', { q }))
        : table(
            [t('col.name'), t('entity.kind'), t('entity.code'), ''],
            hits.map((hit) => [h('a', { href: entityHref(hit.entity.id) }, hit.entity.name), kindLabel(hit.entity.type), hit.entity.code ?? '', hit.matchedText ?? '']),
            'search-results',
          ),
  );
}
