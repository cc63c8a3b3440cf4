/**
 * URL-safe ASCII slugs: lowercase letters, digits and single hyphens. Latin diacritics are folded,
 * Cyrillic and Greek are transliterated; anything else is dropped.
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h',
  '&': ' and ', '€': ' eur ', '$': ' ', '£': ' gbp ', '%': ' percent ',
};
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

export const MAX_SLUG = 80;

export function slugify(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    if (/\p{M}/u.test(ch)) continue;
    const lower = ch.toLowerCase();
    out += SPECIAL[ch] ?? CYRILLIC[lower] ?? GREEK[lower] ?? ch;
  }
  const slug = out
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : slug.slice(0, MAX_SLUG)).replace(/-+$/g, '');
}

/** Slug for a source: from its title, else its file name, else `source`. */
export function sourceSlug(title: string, file: string): string {
  const base = file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  return slugify(title) || slugify(base) || 'source';
}

/** Make `slug` unique against `taken` with `-2`, `-3`, … (deterministic given the order of calls). */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
