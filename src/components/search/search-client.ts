/**
 * Search in the browser with Pagefind's JavaScript API (loaded from the site's own /pagefind/, so
 * the site's CSP, which allows only its own scripts plus WebAssembly, is enough). Results are built
 * with DOM calls, never innerHTML: Pagefind's excerpts are reduced to text plus <mark>.
 */
import { KIND_LABELS, KIND_PLURALS, type SearchKind } from '../../search/kinds.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
}

const MAX_RESULTS = 30;

function kindLabel(kind: string | undefined): string {
  return (kind && KIND_LABELS[kind as SearchKind]) || 'Page';
}

/** Pagefind's excerpt is HTML with <mark>; keep only its text and the marks. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const template = doc.createElement('template');
  template.innerHTML = excerpt;
  const out: Node[] = [];
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else if (node.textContent) {
      out.push(doc.createTextNode(node.textContent));
    }
  }
  return out;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const kind = data.meta.kind ?? data.filters.kind?.[0];
  const li = document.createElement('li');
  li.className = `search-result search-result--${kind ?? 'page'}`;
  const label = document.createElement('p');
  label.className = 'search-result__kind';
  label.textContent = kindLabel(kind);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(label, heading, excerpt);
  return li;
}

export async function startSearch(panel: HTMLElement): Promise<void> {
  const form = panel.querySelector('form');
  const input = panel.querySelector<HTMLInputElement>('input[name="q"]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const boxes = Array.from(panel.querySelectorAll<HTMLInputElement>('input[name="kind"]'));
  const base = panel.dataset.base ?? '/';

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Set(params.getAll('kind'));
  for (const box of boxes) box.checked = wanted.has(box.value);

  let pagefind: Pagefind;
  try {
    const bundle = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = 'The search index is missing: build the site with `npm run build`, which writes it.';
    return;
  }

  let generation = 0;
  const run = async () => {
    const term = input.value.trim();
    const kinds = boxes.filter((b) => b.checked).map((b) => b.value);
    const mine = ++generation;
    const url = new URL(location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const k of kinds) url.searchParams.append('kind', k);
    history.replaceState(null, '', url);
    if (!term) {
      list.replaceChildren();
      status.textContent = 'Type a name, a place or a figure.';
      for (const el of panel.querySelectorAll('[data-kind-count]')) el.textContent = '';
      return;
    }
    const search = await pagefind.search(term, kinds.length ? { filters: { kind: { any: kinds } } } : {});
    if (mine !== generation || !search) return;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== generation) return;
    const counts = (search as PagefindSearch & { totalFilters?: Record<string, Record<string, number>> }).totalFilters?.kind ?? {};
    for (const el of panel.querySelectorAll<HTMLElement>('[data-kind-count]')) {
      const n = counts[el.dataset.kindCount ?? ''];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
    list.replaceChildren(...data.map(resultItem));
    const n = search.results.length;
    const scope = kinds.length ? ` among ${kinds.map((k) => (KIND_PLURALS[k as SearchKind] ?? k).toLowerCase()).join(', ')}` : '';
    status.textContent = n === 0 ? `Nothing found for “${term}”${scope}.` : `${n} ${n === 1 ? 'page' : 'pages'} for “${term}”${scope}${n > MAX_RESULTS ? `; the first ${MAX_RESULTS} shown` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  for (const box of boxes) box.addEventListener('change', () => void run());
  await run();
}
