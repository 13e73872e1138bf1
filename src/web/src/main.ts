import './styles.css';
import { apiKey, onBusy, setApiKey } from './api';
import { h, replace } from './dom';
import { lang, setLang, t } from './i18n';
import { entityHref, navigate, parseRoute, Route, startRouter } from './router';
import { autocomplete } from './views/autocomplete';
import { dashboardView } from './views/dashboard';
import { documentView } from './views/document';
import { documentsView } from './views/documents';
import { entityView } from './views/entity';
import { graphView } from './views/graph';
import { pathView } from './views/path';
import { searchView } from './views/search';

declare global {
  interface Window {
    /** Set once the first view is drawn and the search box takes input (the browser test reads it). */
    kgReady?: boolean;
  }
}

const app = document.getElementById('app')!;
const progress = h('div', { className: 'progress', role: 'progressbar', 'aria-label': t('loading'), hidden: true });
onBusy((busy) => (progress.hidden = !busy));

function header(route: Route): HTMLElement {
  const search = autocomplete({
    placeholder: t('search.placeholder'),
    label: t('search.label'),
    value: route.view === 'search' ? route.q : '',
    name: 'q',
    onPick: (hit) => navigate(entityHref(hit.entity.id)),
    onSubmit: (text) => navigate(`/?q=${encodeURIComponent(text)}`),
  });
  search.input.id = 'search';
  const current = (view: Route['view'][]) => (view.includes(route.view) ? 'page' : false);
  return h(
    'header',
    { className: 'top' },
    h('a', { href: '/', className: 'brand' }, t('title')),
    h('div', { className: 'search', role: 'search' }, search.element),
    h(
      'nav',
      { 'aria-label': 'main' },
      h('a', { href: '/path', 'aria-current': current(['path']) }, t('nav.path')),
      h('a', { href: '/dashboard/matrix', 'aria-current': current(['dashboard']) }, t('nav.dashboard')),
      h('a', { href: '/documents', 'aria-current': current(['documents', 'document']) }, t('nav.documents')),
      h('a', { href: '/graphiql' }, t('nav.graphiql')),
      apiKey() && h('button', { type: 'button', className: 'link', onclick: () => (setApiKey(null), render(parseRoute(window.location))) }, t('key.forget')),
      h('button', { type: 'button', className: 'lang', lang: lang() === 'zh' ? 'en' : 'zh', onclick: () => (setLang(lang() === 'zh' ? 'en' : 'zh'), render(parseRoute(window.location))) }, t('lang.switch')),
    ),
    progress,
  );
}

function render(route: Route): void {
  document.title = t('title');
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  window.cy?.destroy();
  window.cy = undefined;
  const main = h('main', { id: 'main', 'data-view': route.view });
  replace(app, header(route), main);
  switch (route.view) {
    case 'search':
      searchView(main, route.q);
      break;
    case 'entity':
      entityView(main, route.id);
      break;
    case 'graph':
      graphView(main, route.id, route.types, { year: route.year, current: route.current });
      break;
    case 'path':
      pathView(main, route);
      break;
    case 'dashboard':
      dashboardView(main, route.chart, route.params);
      break;
    case 'documents':
      documentsView(main);
      break;
    case 'document':
      documentView(main, route.id, route.start, route.end);
      break;
    case 'notFound':
      main.append(h('p', { className: 'error', role: 'alert' }, t('notFound', { path: route.path })));
  }
  window.scrollTo(0, 0);
  if (route.view === 'search') (document.getElementById('search') as HTMLInputElement | null)?.focus();
}

// "/" focuses the search box from anywhere, as on most sites with one.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
    event.preventDefault();
    (document.getElementById('search') as HTMLInputElement | null)?.focus();
  }
});

startRouter(render);
window.kgReady = true;
performance.mark('kg-first-view');
