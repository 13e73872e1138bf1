import { ENTITY_REF, EntityRef, gql } from '../api';
import { h } from '../dom';
import { kindLabel, t } from '../i18n';

export interface Hit {
  entity: EntityRef;
  matchedBy: string;
  matchedText: string | null;
}

const SEARCH = `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { matchedBy matchedText entity { ${ENTITY_REF} } } }`;

export async function searchEntities(text: string, first = 8, signal?: AbortSignal): Promise<Hit[]> {
  return (await gql<{ search: Hit[] }>(SEARCH, { text, first }, signal)).search;
}

let counter = 0;

/**
 * A search box with suggestions as one types (Chinese, pinyin, initials, codes): ↑/↓ choose,
 * Enter opens the chosen one (or submits the text when none is chosen), Escape closes the list.
 */
export function autocomplete(options: { placeholder: string; label: string; value?: string; onPick: (hit: Hit) => void; onSubmit?: (text: string) => void; name?: string }): {
  element: HTMLElement;
  input: HTMLInputElement;
} {
  const id = `ac-${++counter}`;
  const input = h('input', {
    type: 'search',
    placeholder: options.placeholder,
    'aria-label': options.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    autocomplete: 'off',
    spellcheck: 'false',
    name: options.name,
    value: options.value,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', className: 'suggestions', hidden: true });
  let hits: Hit[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit: Hit) => {
    input.value = hit.entity.name;
    input.dataset.id = hit.entity.id;
    close();
    options.onPick(hit);
  };
  const show = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          { id: `${id}-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (event: Event) => (event.preventDefault(), pick(hit)) },
          h('span', { className: 'name' }, hit.entity.name),
          h('span', { className: 'meta' }, [kindLabel(hit.entity.type), hit.entity.code, hit.matchedBy === 'PINYIN' || hit.matchedBy === 'ALIAS' ? hit.matchedText : null].filter(Boolean).join(' · ')),
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    highlight(-1);
  };
  const suggest = () => {
    const text = input.value.trim();
    delete input.dataset.id;
    controller?.abort();
    if (!text) return ((hits = []), show());
    controller = new AbortController();
    const signal = controller.signal;
    searchEntities(text, 8, signal).then(
      (found) => {
        if (signal.aborted) return;
        hits = found;
        show();
      },
      () => undefined,
    );
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) show();
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && !list.hidden) pick(hits[active]);
      else if (options.onSubmit && input.value.trim()) {
        close();
        options.onSubmit(input.value.trim());
      }
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  const element = h('div', { className: 'autocomplete' }, input, list);
  return { element, input };
}

export const searchHint = () => t('search.hint');
