/**
 * Client side of the version switcher: reads versions.json at run time (from the deploy branch
 * root, the parent of the version folder) and fills a <select>; choosing a version opens the same
 * page there when it exists, else that version's overview. Without versions.json (not deployed,
 * offline, file://) the static label stays as it is.
 */

export interface SwitcherVersion {
  name: string;
  title: string;
  aliases: string[];
  date?: string;
}

/** Where the page sits: the folder under the site root (a version or an alias) and the path inside it. */
export function locate(pathname: string, siteRootPath: string): { folder: string; rest: string } | null {
  if (!pathname.startsWith(siteRootPath)) return null;
  const inner = pathname.slice(siteRootPath.length);
  const slash = inner.indexOf('/');
  if (slash <= 0) return null;
  return { folder: decodeURIComponent(inner.slice(0, slash)), rest: inner.slice(slash + 1) };
}

/** The same page in another version. */
export function samePageIn(siteRoot: URL, version: string, rest: string): URL {
  return new URL(`${encodeURIComponent(version)}/${rest}`, siteRoot);
}

/** Parse versions.json leniently: only what the switcher needs. */
export function readVersions(data: unknown): SwitcherVersion[] {
  const list = (data as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v): SwitcherVersion[] => {
    if (!v || typeof v !== 'object' || typeof (v as { name?: unknown }).name !== 'string') return [];
    const e = v as { name: string; title?: unknown; aliases?: unknown; date?: unknown };
    return [{
      name: e.name,
      title: typeof e.title === 'string' ? e.title : e.name,
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
      ...(typeof e.date === 'string' ? { date: e.date } : {}),
    }];
  });
}

export function optionLabel(v: SwitcherVersion): string {
  const name = v.title && v.title !== v.name ? `${v.name} — ${v.title}` : v.name;
  return v.aliases.length ? `${name} (${v.aliases.join(', ')})` : name;
}

async function pageExists(url: URL): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}

async function mount(root: HTMLElement): Promise<void> {
  const current = root.dataset.version ?? '';
  const versionsUrl = new URL(root.dataset.versionsUrl ?? '../versions.json', new URL(root.dataset.base ?? './', location.href));
  const siteRoot = new URL('./', versionsUrl);
  let versions: SwitcherVersion[];
  try {
    const res = await fetch(versionsUrl, { cache: 'no-store' });
    if (!res.ok) return;
    versions = readVersions(await res.json());
  } catch {
    return; // not deployed, or offline: keep the static label
  }
  if (versions.length === 0) return;
  const select = root.querySelector('select');
  const picker = root.querySelector<HTMLElement>('[data-picker]');
  if (!select || !picker) return;
  select.replaceChildren(...versions.map((v) => {
    const option = document.createElement('option');
    option.value = v.name;
    option.textContent = optionLabel(v);
    option.selected = v.name === current;
    return option;
  }));
  picker.hidden = false;
  root.querySelector<HTMLElement>('[data-static-label]')?.setAttribute('hidden', '');

  const newest = versions[0]!;
  const outdated = root.querySelector<HTMLElement>('[data-outdated]');
  const where = locate(location.pathname, siteRoot.pathname);
  if (outdated && newest.name !== current && versions.some((v) => v.name === current)) {
    const link = outdated.querySelector('a');
    if (link) {
      link.href = samePageIn(siteRoot, newest.name, where?.rest ?? '').href;
      link.textContent = optionLabel(newest);
    }
    outdated.hidden = false;
  }

  select.addEventListener('change', async () => {
    const chosen = select.value;
    if (!chosen || chosen === current) return;
    select.disabled = true;
    const rest = where?.rest ?? '';
    const same = samePageIn(siteRoot, chosen, rest);
    const target = rest && (await pageExists(same)) ? new URL(same.href + location.hash) : samePageIn(siteRoot, chosen, '');
    location.assign(target.href);
  });
}

export function mountVersionSwitchers(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-version-switcher]')) void mount(el);
}
