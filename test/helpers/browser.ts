// Headless Chromium (Debian's, driven by playwright-core) for the browser tests: a watch on what
// each page logs and requests, and ways to read the search page (templates/assets/search.js).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/**
 * Debian's Chromium by default; CHROMIUM_PATH names another build of it (a GitHub runner's
 * preinstalled Chrome, say, where Ubuntu's own package is a snap stub playwright cannot drive).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface PageWatch {
  /** Console errors, uncaught exceptions, failed requests and error responses, in order. */
  errors: string[];
  /** Requests to any host but the local server. */
  foreignRequests: string[];
  /** JavaScript dialogs (alert and the like) the page opened. */
  dialogs: string[];
}

/** Records everything a page does that a clean page must not. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // A request still in flight when the page navigates away (the favicon, when a test clicks a
    // link at once) is cancelled with ERR_ABORTED: the reader left, nothing failed. Requests to
    // other hosts are caught by the 'request' handler below whether or not they complete.
    if (reason === 'net::ERR_ABORTED') return;
    watch.errors.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    const local = hostname === '127.0.0.1' || hostname === 'localhost';
    if (!local && protocol !== 'data:' && protocol !== 'blob:') {
      watch.foreignRequests.push(request.url());
    }
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watch;
}

export function assertClean(watch: PageWatch): void {
  assert.deepEqual(watch.errors, [], 'console errors');
  assert.deepEqual(watch.foreignRequests, [], 'requests to other hosts');
  assert.deepEqual(watch.dialogs, [], 'dialogs');
}

/** Opens a new page at url, watched from before the first request. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage();
  const watch = watchPage(page);
  await page.goto(url);
  return { page, watch };
}

/**
 * The number in the search page's "N results for ..." line, once the latest search's results
 * are shown (the list is aria-busy until then).
 */
export async function resultCount(page: Page): Promise<number> {
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  const message = page.locator('#search-message').filter({ hasText: /\d results? for/ });
  await message.waitFor();
  return Number(/([\d,]+) results? for/.exec(await message.innerText())?.[1]?.replace(/,/g, ''));
}

/** The result titles, in order, after loading more until every result is on the page. */
export async function resultTitles(page: Page): Promise<string[]> {
  const total = await resultCount(page);
  // Results appear as placeholders first and become links once their excerpts have loaded.
  const results = page.locator('.search-result');
  while ((await results.count()) < total) {
    await page.locator('#search-more').click();
  }
  await page.waitForFunction(
    (count) => document.querySelectorAll('.search-result-link').length === count,
    total,
  );
  return page.locator('.search-result-link').allInnerTexts();
}

/**
 * Opens the search page's filters, which load when first opened, and waits until their values
 * show the counts of the current results.
 */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('#search-filters');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await panel.locator('summary').click();
  }
  await page.locator('.search-filter-checkbox:visible').first().waitFor();
}

/** A filter value's checkbox, e.g. filterCheckbox(page, 'topic', 'North Korea'). */
export function filterCheckbox(page: Page, filter: string, value: string): Locator {
  return page
    .locator(`.search-filter-checkbox[name="${filter}"]`)
    .and(page.locator(`[value="${value.replace(/["\\]/g, '\\$&')}"]`));
}

/** The counts beside a filter's values for the current results, leaving out values with none. */
export async function filterCounts(page: Page, filter: string): Promise<Map<string, number>> {
  await openFilters(page);
  const labels = page.locator(`.search-filter-checkbox[name="${filter}"] + label`);
  const counts = new Map<string, number>();
  for (const text of await labels.allTextContents()) {
    const match = /^(.*) \((\d+)\)$/s.exec(text.trim());
    if (match && match[2] !== '0') counts.set(match[1]!, Number(match[2]));
  }
  return counts;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's violations on the page as it is now, one line per element: "rule (impact): help at
 * selector: what to fix". `rules` limits the run to those rules. The page must be in a context
 * opened with bypassCSP, since the site's pages forbid scripts.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const options: RunOptions = {
    resultTypes: ['violations'],
    ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
  };
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } };
    return (await axe.run(document, options)).violations;
  }, options);
  return violations.flatMap((rule) =>
    rule.nodes.map(
      (node) =>
        `${rule.id} (${rule.impact}): ${rule.help} at ${node.target.join(' ')}: ` +
        (node.failureSummary ?? '').replace(/\s+/g, ' '),
    ),
  );
}

/** What has the keyboard focus, and whether it is drawn so that a reader can see it. */
export interface Focus {
  tag: string;
  text: string;
  id: string;
  className: string;
  /** Inside the site navigation, inside main. */
  inNav: boolean;
  inMain: boolean;
  /** An outline or a box shadow is drawn around it. */
  ring: boolean;
  /** Its box lies within the viewport. */
  onScreen: boolean;
}

export function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim(),
      id: element.id,
      className: typeof element.className === 'string' ? element.className : '',
      inNav: element.closest('nav[aria-label="Site"]') !== null,
      inMain: element.closest('main') !== null,
      ring:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
      onScreen:
        box.width > 0 &&
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= innerHeight &&
        box.right <= innerWidth,
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  matches: (focus: Focus) => boolean,
  what: string,
  limit = 100,
): Promise<{ focus: Focus; path: Focus[] }> {
  const path: Focus[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    path.push(focus);
    if (matches(focus)) return { focus, path };
  }
  assert.fail(
    `Tab did not reach ${what} in ${limit} presses; it went through ` +
      path.map((f) => `${f.tag}.${f.className} "${f.text.slice(0, 30)}"`).join(', '),
  );
}
