// The search page: Pagefind's default UI, with the query, the ticked filters, the order of
// results and, in an archive whose index is in parts, the period searched kept in the address
// (?q=north+korea&topic=China&sort=newest&period=all), so that a search can be linked to,
// bookmarked or reloaded.
//
// The default UI takes its sort order and its index only when it is created, and re-creating it
// in place is not safe (the old instance tears down Pagefind asynchronously, under the new one),
// so a new order or period reloads the page with the search in its address.

(() => {
  // The site root ("/" or "/news/"), from this script's own address: <root>assets/search.js.
  const root = new URL('../', document.currentScript.src);
  const sorts = {
    relevance: null,
    newest: { date: 'desc' },
    oldest: { date: 'asc' },
  };

  /**
   * The result's address with a text fragment (#:~:text=...) for each word Pagefind marked in
   * its excerpt, so that the browser highlights those words on the article page and scrolls to
   * the first. The marked words are the ones that matched, stemmed forms included ("defectors"
   * for "defect"). Browsers do this themselves: article pages stay free of JavaScript.
   */
  function withHighlights(result) {
    const marked = [...(result.excerpt ?? '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
      new DOMParser().parseFromString(m[1], 'text/html').body.textContent.trim(),
    );
    const words = [...new Set(marked.filter(Boolean))].slice(0, 5);
    if (words.length === 0) return result;
    // Text directives take percent-encoded text, and "-" (which encodeURIComponent leaves) marks a
    // prefix or suffix there.
    const directive = words
      .map((word) => `text=${encodeURIComponent(word).replace(/-/g, '%2D')}`)
      .join('&');
    return { ...result, url: `${result.url.split('#')[0]}#:~:${directive}` };
  }

  function show(id) {
    document.getElementById(id).hidden = false;
  }

  /** The Pagefind UI's ticked filters, as [['topic', 'North Korea'], ['year', '2004']]. */
  function tickedFilters() {
    return [...document.querySelectorAll('#search .pagefind-ui__filter-checkbox:checked')].map(
      (box) => [box.name, box.value],
    );
  }

  /**
   * The parts of the index to search, for the address's ?period=: the part it names ("2005", or
   * "1987-2" for the second part of a year cut in parts), else the part holding that year (parts
   * are regrouped as the archive grows), else the newest part; "all" is every part.
   */
  function chosenParts(parts, period) {
    if (period === 'all') return { period, parts };
    const year = (period ?? '').split('-')[0];
    const part =
      parts.find((p) => p.key === period) ?? parts.find((p) => p.years.includes(year)) ?? parts[0];
    return { period: part.key, parts: [part] };
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    // A large archive's index is in parts (src/site/model.ts searchIndexes); one is searched, or
    // all of them merged (Pagefind's mergeIndex) when the reader asks for all years.
    const indexes = JSON.parse(document.getElementById('search').dataset.indexes);
    const chosen = chosenParts(indexes, params.get('period'));
    const [main, ...more] = chosen.parts.map((part) => new URL(part.path, root));

    // Started by the UI alone, a search that comes before Pagefind has loaded its filters can
    // leave the filter counts at their totals; loading them first avoids that. Their names also
    // tell filters apart from other parameters in the address.
    const pagefind = await import(new URL('pagefind.js', main).href);
    const filterNames = Object.keys(await pagefind.filters());

    const term = params.get('q') ?? '';
    const sort = Object.hasOwn(sorts, params.get('sort')) ? params.get('sort') : 'relevance';
    const filters = {};
    for (const name of filterNames) {
      if (params.has(name)) filters[name] = params.getAll(name);
    }

    const ui = new PagefindUI({
      element: '#search',
      bundlePath: main.pathname,
      mergeIndex: more.map((bundle) => ({ bundlePath: bundle.pathname })),
      // Pagefind's result URLs are relative to the indexed folder; this puts them under the base path.
      baseUrl: root.pathname,
      showImages: false,
      // With thousands of topics, listing those without results would bury the useful ones.
      showEmptyFilters: false,
      openFilters: ['topic'],
      sort: sorts[sort],
      processResult: withHighlights,
    });
    // Pagefind labels its search box with a title only, which not every screen reader announces;
    // the page's heading names it.
    document
      .querySelector('#search .pagefind-ui__search-input')
      ?.setAttribute('aria-labelledby', 'search-heading');

    const select = document.getElementById('search-sort');
    select.value = sort;
    document.getElementById('search-sort-hint').hidden = sort === 'relevance';
    document.getElementById('search-sort-control').hidden = false;
    // Only an archive whose index is in parts has the period control.
    const periodSelect = document.getElementById('search-period');
    if (periodSelect) {
      periodSelect.value = chosen.period;
      document.getElementById('search-period-control').hidden = false;
    }

    function searchAddress() {
      const url = new URL(location.pathname, location.href);
      const query = document.querySelector('#search .pagefind-ui__search-input')?.value ?? term;
      if (query) url.searchParams.set('q', query);
      for (const [name, value] of tickedFilters()) url.searchParams.append(name, value);
      if (select.value !== 'relevance') url.searchParams.set('sort', select.value);
      if (periodSelect && periodSelect.value !== indexes[0].key) {
        url.searchParams.set('period', periodSelect.value);
      }
      return url;
    }

    const search = document.getElementById('search');
    search.addEventListener('input', () => history.replaceState(null, '', searchAddress()));
    search.addEventListener('change', () => history.replaceState(null, '', searchAddress()));
    // Pagefind's UI takes its index and order only when it is created (see the top).
    select.addEventListener('change', () => location.replace(searchAddress()));
    periodSelect?.addEventListener('change', () => location.replace(searchAddress()));

    if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
    if (term) ui.triggerSearch(term);
  }

  // Pagefind fetches its index over HTTP, which browsers refuse to pages opened from disk.
  if (location.protocol === 'file:') {
    show('search-from-file');
    return;
  }
  const pagefindUI = document.createElement('script');
  pagefindUI.src = new URL('pagefind/pagefind-ui.js', root).href;
  pagefindUI.addEventListener('load', () =>
    start().catch((error) => {
      show('search-failed');
      throw error;
    }),
  );
  pagefindUI.addEventListener('error', () => show('search-failed'));
  document.head.append(pagefindUI);
})();
