// The search page, on Pagefind's JavaScript API: the search box, the results a few at a time,
// and the topic, year and source filters, with the query, the ticked filters, the order of
// results and, in an archive whose index is in parts, the period searched kept in the address
// (?q=north+korea&topic=China&sort=newest&period=all), so that a search can be linked to,
// bookmarked or reloaded.
//
// What a reader downloads is kept to what the search needs: Pagefind's script, WebAssembly and
// page list load with the page, each query loads the index chunks of its words and the excerpts
// of the results shown, and the filters' page lists (the heaviest of Pagefind's files in a large
// archive) load only when the reader opens the filters or the address names one.
//
// Article text is untrusted: titles, metadata and filter values are set as text, and an excerpt
// is copied as text with only Pagefind's <mark> elements kept (showExcerpt).
//
// Opened from disk (file://), browsers refuse what Pagefind's module does (fetch, import(),
// workers). A portable site (--portable, src/site/portable.ts) has a classic-script copy of it
// that reads the index from wrapped copies of its files, used from disk only; other sites say
// how to search them (#search-from-file).

(() => {
  // The site root ("/" or "/news/"), from this script's own address: <root>assets/search.js.
  const root = new URL('../', document.currentScript.src);
  const sorts = {
    relevance: undefined,
    newest: { date: 'desc' },
    oldest: { date: 'asc' },
  };
  /**
   * Results shown at first and added by each "Load more": each one downloads its excerpt (about
   * 1 KB), and five left a reader of a common word clicking "Load more" before a screenful.
   */
  const PAGE_SIZE = 20;
  /** Words of context in an excerpt, as Pagefind's default UI shows. */
  const EXCERPT_LENGTH = 30;

  const byId = (id) => document.getElementById(id);
  const fromDisk = location.protocol === 'file:';

  /**
   * Pagefind's API from the portable copy of its script, loaded as a classic script from the
   * first part's folder (the others have none), to search the part at `bundle`.
   */
  async function portablePagefind(bundle) {
    const first = new URL(JSON.parse(byId('search').dataset.indexes)[0].path, root);
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('pagefind-portable.js', first).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
      document.head.append(script);
    });
    const pagefind = window.__pagefindPortable;
    await pagefind.options({ basePath: bundle.href });
    return pagefind;
  }

  /** A result's address; from disk, a folder's is its index.html, which no server picks. */
  function pageAddress(url) {
    if (!fromDisk) return url;
    const cut = url.search(/[?#]|$/);
    const path = url.slice(0, cut);
    return path.endsWith('/') ? `${path}index.html${url.slice(cut)}` : url;
  }

  function show(id) {
    byId(id).hidden = false;
  }

  /**
   * The result's address with a text fragment (#:~:text=...) for each word Pagefind marked in
   * its excerpt, so that the browser highlights those words on the article page and scrolls to
   * the first. The marked words are the ones that matched, stemmed forms included ("defectors"
   * for "defect"). Browsers do this themselves: article pages stay free of JavaScript.
   */
  function withHighlights(url, marked) {
    const words = [...new Set(marked.filter(Boolean))].slice(0, 5);
    if (words.length === 0) return url;
    // Text directives take percent-encoded text, and "-" (which encodeURIComponent leaves) marks a
    // prefix or suffix there.
    const directive = words
      .map((word) => `text=${encodeURIComponent(word).replace(/-/g, '%2D')}`)
      .join('&');
    return `${url.split('#')[0]}#:~:${directive}`;
  }

  /**
   * Fills element with Pagefind's excerpt: HTML whose text is escaped article text, with the
   * matched words in <mark>. It is parsed in an inert document (nothing in it loads or runs) and
   * copied as text, <mark> kept; returns the marked words. The article's title opens its indexed
   * text, so an excerpt from the top began with the headline shown just above it: that opening
   * (`title`, with the full stop Pagefind puts after a heading) is left out.
   */
  function showExcerpt(element, excerpt, title) {
    const parsed = new DOMParser().parseFromString(excerpt ?? '', 'text/html').body;
    const marked = [];
    const text = parsed.textContent ?? '';
    const opening =
      title && text.startsWith(title) ? /^[.:]?\s*/.exec(text.slice(title.length)) : null;
    let skip = opening ? title.length + opening[0].length : 0;
    for (const node of parsed.childNodes) {
      const whole = node.textContent ?? '';
      const shown = whole.slice(Math.min(skip, whole.length));
      skip = Math.max(0, skip - whole.length);
      if (node.nodeName === 'MARK') {
        marked.push(whole.trim());
        if (!shown) continue;
        const mark = document.createElement('mark');
        mark.textContent = shown;
        element.append(mark);
      } else {
        element.append(shown);
      }
    }
    return marked;
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

  /**
   * The year value of an undated article (templates/article.njk). An order by date leaves every
   * such result out, whichever part of the index it is in, and says how many (see searchBy).
   */
  const UNDATED = 'Undated';

  /** Years newest first, "Undated" last; other values alphabetically, as a reader scans a list. */
  function compareValues(filter) {
    const collator = new Intl.Collator(document.documentElement.lang || undefined, {
      numeric: true,
      sensitivity: 'base',
    });
    if (filter !== 'year') return (a, b) => collator.compare(a, b);
    const isYear = (value) => /^\d+$/.test(value);
    return (a, b) => Number(isYear(b)) - Number(isYear(a)) || collator.compare(b, a);
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    const search = byId('search');
    // A large archive's index is in parts (src/site/model.ts searchIndexes); one is searched, or
    // all of them merged (Pagefind's mergeIndex) when the reader asks for all years.
    const indexes = JSON.parse(search.dataset.indexes);
    const chosen = chosenParts(indexes, params.get('period'));
    const [main, ...more] = chosen.parts.map((part) => new URL(part.path, root));

    const input = byId('search-input');
    const message = byId('search-message');
    const results = byId('search-results');
    const moreButton = byId('search-more');
    const filterPanel = byId('search-filters');
    const select = byId('search-sort');
    const periodSelect = byId('search-period');

    /** The filters' fieldsets by name, each with its values' checkboxes once loaded. */
    const groups = new Map(
      [...search.querySelectorAll('.search-filter')].map((fieldset) => [
        fieldset.dataset.filter,
        {
          fieldset,
          list: fieldset.querySelector('ul'),
          items: new Map(),
          narrow: fieldset.querySelector('.search-filter-narrow'),
        },
      ]),
    );
    /** Ticked values by filter name. */
    const ticked = new Map([...groups.keys()].map((name) => [name, new Set(params.getAll(name))]));

    input.value = params.get('q') ?? '';
    select.value = Object.hasOwn(sorts, params.get('sort')) ? params.get('sort') : 'relevance';
    byId('search-sort-hint').hidden = select.value === 'relevance';
    if (periodSelect) periodSelect.value = chosen.period;
    search.hidden = false;
    show('search-sort-control');
    if (periodSelect) show('search-period-control');

    const pagefind = fromDisk
      ? await portablePagefind(main)
      : await import(new URL('pagefind.js', main).href);
    // Pagefind's result URLs are relative to the indexed folder; this puts them under the base path.
    await pagefind.options({ baseUrl: root.pathname, excerptLength: EXCERPT_LENGTH });
    for (const bundle of more) await pagefind.mergeIndex(bundle.pathname);
    // Loads the WebAssembly and the page list now, so that the first query waits only for its
    // own words.
    void pagefind.init();

    /** Loading the filters' values and making their checkboxes: null until first asked. */
    let filtersLoaded = null;
    /** Filter counts with nothing searched: every page's. */
    let totals = {};

    function selectedFilters() {
      const filters = {};
      for (const [name, values] of ticked) if (values.size > 0) filters[name] = [...values];
      return filters;
    }

    function address() {
      const url = new URL(location.pathname, location.href);
      if (input.value) url.searchParams.set('q', input.value);
      for (const [name, values] of ticked) {
        for (const value of values) url.searchParams.append(name, value);
      }
      if (select.value !== 'relevance') url.searchParams.set('sort', select.value);
      if (periodSelect && periodSelect.value !== indexes[0].key) {
        url.searchParams.set('period', periodSelect.value);
      }
      return url;
    }

    /**
     * Shows each value's count for the current results; values with none are hidden. A filter
     * with a box to narrow it (the topics: 45 values for "yukos") lists the most frequent first,
     * so that Russia (25) is not 36th after "Alexei Miller (1)".
     */
    function showCounts(counts) {
      for (const [name, group] of groups) {
        let shown = 0;
        for (const [value, item] of group.items) {
          const count = counts[name]?.[value] ?? 0;
          item.count = count;
          item.label.textContent = `${value} (${count})`;
          item.row.hidden = (count === 0 && !item.box.checked) || !matchesNarrowing(group, value);
          if (count > 0 || item.box.checked) shown++;
        }
        if (group.narrow) {
          // Moving the rows takes the keyboard focus off a checkbox just ticked: it is put back.
          const focused = group.list.contains(document.activeElement)
            ? document.activeElement
            : null;
          const rows = [...group.items.values()].sort((a, b) => b.count - a.count);
          group.list.replaceChildren(...rows.map((item) => item.row));
          focused?.focus();
        }
        group.fieldset.hidden = shown === 0;
      }
    }

    /** Whether a filter's value contains what the reader typed in the filter's own box. */
    function matchesNarrowing(group, value) {
      const typed = group.narrow?.value.trim().toLocaleLowerCase() ?? '';
      return typed === '' || value.toLocaleLowerCase().includes(typed);
    }

    function loadFilters() {
      filtersLoaded ??= (async () => {
        show('search-filters-loading');
        totals = await pagefind.filters();
        let id = 0;
        for (const [name, group] of groups) {
          const values = Object.keys(totals[name] ?? {});
          // Ticked in the address but not in this part of the index: kept, with no results.
          for (const value of ticked.get(name)) if (!values.includes(value)) values.push(value);
          const rows = values.sort(compareValues(name)).map((value) => {
            const row = document.createElement('li');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.className = 'search-filter-checkbox';
            box.id = `search-filter-${++id}`;
            box.name = name;
            box.value = value;
            box.checked = ticked.get(name).has(value);
            const label = document.createElement('label');
            label.htmlFor = box.id;
            row.append(box, label);
            // Shown by showCounts, once the current results' counts are known.
            row.hidden = true;
            group.items.set(value, { row, box, label, count: 0 });
            return row;
          });
          group.list.replaceChildren(...rows);
        }
        byId('search-filters-loading').hidden = true;
      })();
      return filtersLoaded;
    }

    let shownResults = [];
    let shownCount = 0;

    /** Adds the next PAGE_SIZE results: placeholders first, filled as each excerpt arrives. */
    async function showMore(run) {
      const page = shownResults.slice(shownCount, shownCount + PAGE_SIZE);
      shownCount += page.length;
      moreButton.hidden = shownCount >= shownResults.length;
      const items = page.map(() => {
        const item = document.createElement('li');
        item.className = 'search-result';
        item.setAttribute('aria-busy', 'true');
        return item;
      });
      results.append(...items);
      const data = await Promise.all(page.map((result) => result.data()));
      if (run !== latest) return;
      data.forEach((result, i) => {
        const item = items[i];
        const excerpt = document.createElement('p');
        excerpt.className = 'search-result-excerpt';
        const marked = showExcerpt(excerpt, result.excerpt, result.meta?.title);
        const heading = document.createElement('h2');
        heading.className = 'search-result-title';
        const link = document.createElement('a');
        link.className = 'search-result-link';
        link.href = withHighlights(pageAddress(result.url), marked);
        link.textContent = result.meta?.title ?? result.url;
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'search-result-meta';
        meta.textContent = [result.meta?.date, result.meta?.source].filter(Boolean).join(' · ');
        item.replaceChildren(heading, meta, excerpt);
        item.removeAttribute('aria-busy');
      });
    }

    let latest = 0;

    async function runSearch({ debounce }) {
      const run = ++latest;
      // Busy from the first keystroke until the latest search's first results are shown: the
      // results still on the page are the previous search's.
      results.setAttribute('aria-busy', 'true');
      const term = input.value.trim();
      const filters = selectedFilters();
      const filtering = Object.keys(filters).length > 0;
      if (!term && !filtering) {
        shownResults = [];
        results.replaceChildren();
        results.removeAttribute('aria-busy');
        moreButton.hidden = true;
        message.textContent = '';
        if (filtersLoaded) showCounts(totals);
        return;
      }
      if (filtering) await loadFilters();
      const query = searchTerms(term) || null;
      // A search with no words lists every page the ticked filters match.
      const found = debounce
        ? await pagefind.debouncedSearch(query, { filters })
        : await pagefind.search(query, { filters });
      // A newer search has started (debouncedSearch answers null to the ones it dropped).
      if (!found || run !== latest) return;
      const ordered = await searchBy(select.value, query, filters, found);
      if (run !== latest) return;
      shownResults = ordered.results;
      shownCount = 0;
      results.replaceChildren();
      message.textContent = resultsMessage(ordered.results.length, term, ordered.leftOut);
      if (filtersLoaded) showCounts(found.filters);
      await showMore(run);
      if (run === latest) results.removeAttribute('aria-busy');
    }

    /**
     * The results of `found` (the search by relevance) in the order chosen. By date, undated
     * results are left out, one rule everywhere: Pagefind itself leaves out the pages without
     * the sort key only when some page has one, returns them all when none does (the BBC
     * archive: "yukos" newest first listed its 28 undated results), and a search of several
     * parts merged orders by score whatever the sort. So the undated are filtered out by their
     * year value, each part is sorted on its own, and the parts, whole years newest first, are
     * joined in order. `leftOut` is how many undated results the order left out.
     */
    async function searchBy(order, query, filters, found) {
      const sort = sorts[order];
      if (!sort) return { results: found.results, leftOut: 0 };
      const options = { filters: { ...filters, not: { year: UNDATED } }, sort };
      const searched = await Promise.all(
        (await partSearchers()).map((searcher) => searcher.search(query, options)),
      );
      const byPart = searched.map((answer) => answer.results);
      if (order === 'oldest') byPart.reverse();
      const results = byPart.flat();
      return { results, leftOut: found.results.length - results.length };
    }

    /** One Pagefind instance per part searched, for orders by date; the loaded one if one part. */
    let searchers = null;
    function partSearchers() {
      searchers ??= (async () => {
        // From disk (a portable site) the parts stay merged: its copy of Pagefind reads wrapped
        // files that a second instance has not been tried on, and ordering by score is the lesser
        // fault than no search.
        if (more.length === 0 || fromDisk || !pagefind.createInstance) return [pagefind];
        return Promise.all(
          chosen.parts.map(async (part) => {
            const instance = pagefind.createInstance({
              basePath: new URL(part.path, root).pathname,
            });
            await instance.options({ baseUrl: root.pathname, excerptLength: EXCERPT_LENGTH });
            return instance;
          }),
        );
      })();
      return searchers;
    }

    function searchAgain(options) {
      runSearch(options).catch(failed);
    }

    /** A control changed: the address follows it, and the search runs again. */
    function controlsChanged({ debounce }) {
      history.replaceState(null, '', address());
      searchAgain({ debounce });
    }

    byId('search-form').addEventListener('submit', (event) => event.preventDefault());
    input.addEventListener('input', () => controlsChanged({ debounce: true }));
    filterPanel.addEventListener('toggle', () => {
      if (!filterPanel.open) return;
      loadFilters()
        .then(() => searchAgain({ debounce: false }))
        .catch(failed);
    });
    filterPanel.addEventListener('change', (event) => {
      const box = event.target;
      if (!box.classList?.contains('search-filter-checkbox')) return;
      const values = ticked.get(box.name);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      controlsChanged({ debounce: false });
    });
    filterPanel.addEventListener('input', (event) => {
      const group = groups.get(event.target.closest?.('.search-filter')?.dataset.filter);
      if (!group || event.target !== group.narrow) return;
      for (const [value, item] of group.items) {
        item.row.hidden =
          (item.count === 0 && !item.box.checked) || !matchesNarrowing(group, value);
      }
    });
    moreButton.addEventListener('click', () => showMore(latest).catch(failed));
    select.addEventListener('change', () => {
      byId('search-sort-hint').hidden = select.value === 'relevance';
      controlsChanged({ debounce: false });
    });
    // Another period is another index: the page loads it afresh, the search in its address.
    periodSelect?.addEventListener('change', () => location.replace(address()));

    // Filters in the address open the filters, and opening them loads them and searches (the
    // toggle handler above); searching here too would run the same search twice.
    if ([...ticked.values()].some((values) => values.size > 0)) filterPanel.open = true;
    else searchAgain({ debounce: false });
  }

  /**
   * The words to search for, as Pagefind indexes them. Its indexer drops the punctuation and
   * currency signs inside a word ("$3.5m" is indexed as "35m", "£1.8m" as "18m"), but its query
   * parser keeps "$" (a symbol, not punctuation), so "$3.5m" found nothing and "$550,000"
   * nothing, though the Viacom story has both. A sign before a figure is dropped here as the
   * indexer drops it; the figure keeps its point and comma, which Pagefind drops on both sides.
   */
  function searchTerms(term) {
    return term.replace(/\p{Sc}(?=\d)/gu, '');
  }

  /** "20 results for yukos, newest first; 3 undated results left out." */
  function resultsMessage(count, term, leftOut) {
    const noun = count === 1 ? 'result' : 'results';
    const found =
      count === 0
        ? `No results${term ? ` for ${term}` : ''}`
        : `${count.toLocaleString('en')} ${noun}${term ? ` for ${term}` : ''}`;
    if (leftOut === 0) return found;
    const undated = leftOut === 1 ? 'undated result' : 'undated results';
    return `${found}; ${leftOut.toLocaleString('en')} ${undated} left out of the order by date.`;
  }

  function failed(error) {
    show('search-failed');
    throw error;
  }

  // Pagefind fetches its index over HTTP, which browsers refuse to pages opened from disk; only
  // a portable site can search there.
  if (fromDisk && byId('search').dataset.portable === undefined) {
    show('search-from-file');
    return;
  }
  start().catch(failed);
})();
