// The search page: Pagefind's default UI, with the query, the ticked filters and the order of
// results kept in the address (?q=north+korea&topic=China&sort=newest), so that a search can be
// linked to, bookmarked or reloaded.
//
// The default UI takes its sort order only when it is created, and re-creating it in place is
// not safe (the old instance tears down Pagefind asynchronously, under the new one), so a new
// order reloads the page with the search in its address.

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

  async function start() {
    // Started by the UI alone, a search that comes before Pagefind has loaded its filters can
    // leave the filter counts at their totals; loading them first avoids that. Their names also
    // tell filters apart from other parameters in the address.
    const pagefind = await import(new URL('pagefind/pagefind.js', root).href);
    const filterNames = Object.keys(await pagefind.filters());

    const params = new URLSearchParams(location.search);
    const term = params.get('q') ?? '';
    const sort = Object.hasOwn(sorts, params.get('sort')) ? params.get('sort') : 'relevance';
    const filters = {};
    for (const name of filterNames) {
      if (params.has(name)) filters[name] = params.getAll(name);
    }

    // A large archive's index is in parts (src/site/model.ts searchIndexes): the first part is
    // this bundle, the others are searched with it.
    const moreIndexes = JSON.parse(document.getElementById('search').dataset.moreIndexes || '[]');
    const ui = new PagefindUI({
      element: '#search',
      bundlePath: new URL('pagefind/', root).pathname,
      mergeIndex: moreIndexes.map((part) => ({ bundlePath: new URL(part, root).pathname })),
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

    function searchAddress() {
      const url = new URL(location.pathname, location.href);
      const query = document.querySelector('#search .pagefind-ui__search-input')?.value ?? term;
      if (query) url.searchParams.set('q', query);
      for (const [name, value] of tickedFilters()) url.searchParams.append(name, value);
      if (select.value !== 'relevance') url.searchParams.set('sort', select.value);
      return url;
    }

    const search = document.getElementById('search');
    search.addEventListener('input', () => history.replaceState(null, '', searchAddress()));
    search.addEventListener('change', () => history.replaceState(null, '', searchAddress()));
    select.addEventListener('change', () => location.replace(searchAddress()));

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
