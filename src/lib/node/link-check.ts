/**
 * Checks the links of the built site: every internal link (href, src, canonical and hreflang
 * URLs of the site's own origin) must lead to a page or file of the build, and every #anchor
 * to an id on its page. Pure: it works on a map of the site's files.
 */
export interface SiteFiles {
  /** Site paths (without base) of every file: /zh/tasks/7/index.html, /data/plan.json … */
  files: Set<string>;
  /** HTML pages by site path of the file. */
  pages: Map<string, string>;
}

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

const ATTR = /\s(href|src)\s*=\s*"([^"]*)"/gi;

export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid\s*=\s*"([^"]+)"/g)) ids.add(m[1] ?? '');
  return ids;
}

/** The page URL path of an HTML file: /zh/tasks/7/index.html → /zh/tasks/7/ */
function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The file a site path stands for, if the build has it. */
function resolveFile(path: string, files: Set<string>): string | undefined {
  if (files.has(path)) return path;
  const index = `${path.endsWith('/') ? path : `${path}/`}index.html`;
  return files.has(index) ? index : undefined;
}

export function checkLinks(site: SiteFiles, base: string, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = idsOf(site.pages.get(file) ?? '');
      idCache.set(file, set);
    }
    return set;
  };
  const trimmedBase = base.replace(/\/$/, '');
  for (const [file, html] of site.pages) {
    const here = new URL(`${trimmedBase}${pageUrl(file)}`, origin);
    // Data blocks (JSON-LD, JSON config) hold URLs as data; only markup attributes are links.
    const markup = html.replace(
      /<script\b[^>]*type="application\/(ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi,
      '',
    );
    for (const m of markup.matchAll(ATTR)) {
      const raw = (m[2] ?? '').replace(/&amp;/g, '&');
      if (!raw || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
      let target: URL;
      try {
        target = new URL(raw, here);
      } catch {
        broken.push({ page: file, link: raw, problem: 'is not a URL' });
        continue;
      }
      if (target.origin !== new URL(origin).origin) continue;
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(`${trimmedBase}/`)) {
        broken.push({ page: file, link: raw, problem: `is outside the base path ${base}` });
        continue;
      }
      const sitePath = path.slice(trimmedBase.length) || '/';
      const found = resolveFile(sitePath, site.files);
      if (!found) {
        broken.push({ page: file, link: raw, problem: 'leads to no page or file of the build' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && found.endsWith('.html') && !ids(found).has(anchor)) {
        broken.push({ page: file, link: raw, problem: `has no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}
