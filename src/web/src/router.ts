/** Every view has an address; this reads it and moves between them without reloading. */
export type Route =
  | { view: 'search'; q: string }
  | { view: 'entity'; id: string }
  | { view: 'graph'; id: string; types: string[]; year?: number; current: boolean }
  | { view: 'path'; from: string; to: string; maxHops: number; types: string[]; exclude: string[] }
  | { view: 'dashboard'; chart: string; params: URLSearchParams }
  | { view: 'documents' }
  | { view: 'document'; id: string; start?: number; end?: number }
  | { view: 'notFound'; path: string };

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const int = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function parseRoute(location: Location | URL): Route {
  const params = new URLSearchParams(location.search);
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined:
      return { view: 'search', q: params.get('q') ?? '' };
    case 'entity':
      return parts[1] ? { view: 'entity', id: parts[1] } : { view: 'notFound', path: location.pathname };
    case 'graph':
      return parts[1]
        ? { view: 'graph', id: parts[1], types: list(params.get('types')), year: int(params.get('year')), current: params.get('period') === 'current' }
        : { view: 'notFound', path: location.pathname };
    case 'path':
      return { view: 'path', from: params.get('from') ?? '', to: params.get('to') ?? '', maxHops: int(params.get('maxHops')) ?? 4, types: list(params.get('types')), exclude: list(params.get('exclude')) };
    case 'dashboard':
      return { view: 'dashboard', chart: parts[1] ?? 'matrix', params };
    case 'documents':
    case 'ingest':
      return { view: 'documents' };
    case 'document':
      return parts[1] ? { view: 'document', id: parts[1], start: int(params.get('start')), end: int(params.get('end')) } : { view: 'notFound', path: location.pathname };
    default:
      return { view: 'notFound', path: location.pathname };
  }
}

export const entityHref = (id: string) => `/entity/${encodeURIComponent(id)}`;
export const graphHref = (id: string) => `/graph/${encodeURIComponent(id)}`;
export const documentHref = (id: string, start?: number, end?: number) =>
  `/document/${encodeURIComponent(id)}${start !== undefined && end !== undefined ? `?start=${start}&end=${end}` : ''}`;

let onChange: (route: Route) => void = () => undefined;

export function startRouter(render: (route: Route) => void): void {
  onChange = render;
  window.addEventListener('popstate', () => onChange(parseRoute(window.location)));
  // Same-origin links move within the page; a modified click (new tab) is left to the browser.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname === '/graphiql' || url.pathname.startsWith('/assets/')) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
  onChange(parseRoute(window.location));
}

/** Goes to `href` (a new history entry, or the current one replaced). */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  onChange(parseRoute(window.location));
}
