// @11ty/eleventy ships JavaScript without type declarations: these cover the parts this project uses.

declare module '@11ty/eleventy' {
  export interface UserConfig {
    /** Path prefix from the config's return value; set before plugins run. */
    readonly pathPrefix: string;
    /** Template files (paths or globs from the project root) Eleventy leaves out. */
    readonly ignores: Set<string>;
    addPlugin<Options>(
      plugin: (config: UserConfig, options: Options) => void,
      options?: Options,
    ): void;
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    /** Runs on every page's output before it is written; returns what is written. */
    addTransform(name: string, transform: (content: string) => string): void;
    /** Eleventy's timing of configuration callbacks (transforms among them). */
    readonly benchmarks: { config: { setIsVerbose(verbose: boolean): void } };
    /** Rewrites URLs in HTML output; `this` is the page (its `url`). */
    readonly htmlTransformer: {
      addUrlTransform(
        extensions: string,
        callback: (this: { url: string }, url: string) => string,
        options?: { priority?: number },
      ): void;
    };
    addPassthroughCopy(paths: string | Record<string, string>): void;
    /** Registers a template language, or overrides a built-in one ("njk"). */
    addExtension(
      extension: string,
      engine: {
        compileOptions?: {
          cache?: boolean;
          permalink?: (text: string, inputPath: string) => (data: object) => Promise<string>;
        };
        compile(text: string, inputPath: string): (data: object) => Promise<string>;
      },
    ): void;
    /** Eleventy's events; "eleventy.engine.njk" hands over its Nunjucks environment. */
    on(event: string, listener: (...args: never[]) => unknown): void;
    setNunjucksEnvironmentOptions(options: {
      autoescape?: boolean;
      throwOnUndefined?: boolean;
    }): void;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    /** Run after the configuration file, with the same configuration API. */
    config?: (config: UserConfig) => void;
  }

  export interface WriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Resolves to [passthrough copy results, template results]. */
    write(): Promise<[unknown[], WriteResult[]]>;
    /** No console output at all, not even the summary quiet mode still prints. */
    disableLogger(): void;
  }

  export function HtmlBasePlugin(config: UserConfig, options?: { baseHref?: string }): void;
}
