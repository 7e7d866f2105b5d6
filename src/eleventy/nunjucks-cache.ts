// Nunjucks templates compiled once per build instead of once per page.
//
// Eleventy 3.1 hands Nunjucks caching over to Nunjucks itself (its Nunjucks engine is not
// "cacheable"), but builds a new nunjucks.Template from the template's text for every page it
// renders, so a paginated template (one page per article, per topic page) is compiled again for
// each page: 4 of the 10 seconds Eleventy took for 2,820 pages of a 1,000-article archive, and
// growing with every page (measured with --cpu-prof; see docs/scaling.md).
//
// This registers the same engine for .njk under Eleventy's compile cache: each distinct
// template text (a template's body, its permalink) is compiled once into a nunjucks.Template on
// Eleventy's own Nunjucks environment, which holds the filters, globals and options the archive
// plugin configures, and that Template renders every page.
import nunjucks from 'nunjucks';
import type { UserConfig } from '@11ty/eleventy';

type Render = (data: object) => Promise<string>;

export function compileNunjucksOnce(eleventyConfig: UserConfig): void {
  let environment: nunjucks.Environment | undefined;
  eleventyConfig.on(
    'eleventy.engine.njk',
    (event: { environment: nunjucks.Environment }) => (environment = event.environment),
  );
  eleventyConfig.addExtension('njk', {
    // Eleventy keys its cache by template path and text; permalinks are Nunjucks too.
    compileOptions: { cache: true, permalink: compile },
    compile,
  });

  // Eleventy caches the compiled bodies, but asks for each page's permalink again.
  const compiled = new Map<string, Render>();
  function compile(text: string, inputPath: string): Render {
    const key = `${inputPath}\0${text}`;
    let render = compiled.get(key);
    if (!render) compiled.set(key, (render = compileTemplate(text, inputPath)));
    return render;
  }

  function compileTemplate(text: string, inputPath: string): Render {
    if (!environment) {
      throw new Error(`${inputPath}: Eleventy's Nunjucks environment was not created`);
    }
    const template = new nunjucks.Template(text, environment, inputPath, true);
    return (data) =>
      new Promise((resolve, reject) => {
        template.render(data, (error, result) =>
          error ? reject(error) : resolve(flattened(result ?? '')),
        );
      });
  }
}

/** What flattened() read; kept so that no compiler drops the read as unused. */
const lastRead = { character: 0 };

/**
 * The rendered page as one flat string. Nunjucks appends each piece of a page (the template's
 * text, each escaped value) to its output, which V8 keeps as a rope: a small object for every
 * append, over the pieces. Eleventy keeps every page it renders until the whole share is
 * rendered and only then writes them (TemplateMap.populateContentDataInMap fills each page's
 * templateContent before the first write), so every collection in between copies or marks
 * those ropes. Reading a character of a rope makes V8 copy it into one string in place, its
 * pieces garbage from then on: about 8 KB a page less heap kept until the share is written,
 * and its collections' time with it (docs/figures.md, stop 53).
 */
function flattened(html: string): string {
  lastRead.character = html.charCodeAt(0);
  return html;
}
