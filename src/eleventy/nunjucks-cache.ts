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
        template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? '')));
      });
  }
}
