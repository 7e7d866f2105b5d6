// @11ty/eleventy ships JavaScript without type declarations: these cover the parts this project uses.

declare module '@11ty/eleventy' {
  export interface UserConfig {
    /** Path prefix from the config's return value; set before plugins run. */
    readonly pathPrefix: string;
    addPlugin<Options>(
      plugin: (config: UserConfig, options: Options) => void,
      options?: Options,
    ): void;
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
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
