// Grouping listings: positions in SiteModel.articles (newest first) gathered under a key, each
// group in listing order.

/** Pushes onto the list under key, creating it; insertion order is kept. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What an article names that has a page of its own: its source, its section. */
export interface Named {
  name: string | null;
  url: string | null;
}

/**
 * The listed articles by the page of what each names (a source, a section), in listing order, so
 * each group keeps it. Groups are keyed by their page's URL, that is by slug, and the first
 * article to name a URL names the group. `none` counts the articles that name none.
 */
export function groupByUrl(named: Named[]): {
  names: Map<string, string>;
  articles: Map<string, number[]>;
  none: number;
} {
  const articles = new Map<string, number[]>();
  const names = new Map<string, string>();
  let none = 0;
  named.forEach(({ name, url }, position) => {
    if (!name || !url) {
      none++;
      return;
    }
    if (!names.has(url)) names.set(url, name);
    addTo(articles, url, position);
  });
  return { names, articles, none };
}
