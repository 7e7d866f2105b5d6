// A saved web page that tries every way HTML has to run script: <script>, on* handlers,
// javascript: and data: links, <svg onload>, <iframe srcdoc>, <object>, <embed>, <base>, a meta
// refresh, MathML, CSS url(), a form whose action is script, and payloads in the declared
// metadata (JSON-LD and OpenGraph). Each payload sets window.__injected to where it was put
// rather than open a dialog, so a test can see which one ran. The article itself is real news
// text (the BBC corpus, through bbcStory), so that the page builds as an article.

import { bbcStory } from './hostile-input.ts';

export const HOSTILE_PAGE_TITLE = 'Injected page <img src=x onerror="window.__injected=`h1`"> test';

export function hostilePage(): string {
  const story = bbcStory('business', 5).paragraphs;
  const paragraphs = Array.from({ length: 6 }, (_, i) => story[i % story.length] as string);
  const set = (where: string) => `window.__injected=\`${where}\``;
  const escapedTitle = HOSTILE_PAGE_TITLE.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: HOSTILE_PAGE_TITLE,
    datePublished: '2005-02-03T10:00:00Z',
    author: { '@type': 'Person', name: `<svg onload="${set('ld-author')}">Jo Page</svg>` },
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapedTitle}</title>
<base href="javascript:${set('base')}//">
<meta http-equiv="refresh" content="0;url=javascript:${set('refresh')}">
<meta property="og:site_name" content="&lt;script&gt;${set('og')}&lt;/script&gt;Injected Gazette">
<script type="application/ld+json">${ld}</script>
<script>${set('head-script')}</script>
<style>body { background: url("javascript:${set('css')}") }</style>
</head>
<body onload="${set('body-onload')}">
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news index</a></li></ul></nav>
<article class="story">
<h1>${escapedTitle}</h1>
<p class="byline">By Jo Page</p>
<p>${paragraphs[0]} <img src="x" onerror="${set('img')}"> <a href="javascript:${set('link')}">a link</a></p>
<h2>What <svg onload="${set('svg')}"><script>${set('svg-script')}</script></svg>happened next</h2>
<p>${paragraphs[1]} <iframe srcdoc="<script>parent.__injected='srcdoc'</script>"></iframe></p>
<ul><li>First point &lt;script&gt;${set('entity')}&lt;/script&gt; of the list</li><li><a href="data:text/html,<script>${set('data')}</script>">second point</a></li></ul>
<p>${paragraphs[2]} <object data="javascript:${set('object')}"></object><embed src="javascript:${set('embed')}"></p>
<blockquote><p>${paragraphs[3]} <math><mtext><table><mglyph><style><img src=x onerror="${set('mxss')}"></style></mglyph></table></mtext></math></p></blockquote>
<form action="javascript:${set('form')}"><button>Send</button></form>
<p>${paragraphs[4]} <details open ontoggle="${set('details')}"><summary>more</summary>detail text</details></p>
${paragraphs
  .slice(5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article>
<section class="comments"><h3>Comments</h3><p>Reader comment that must not be published as the story text here.</p></section>
<footer><p>Copyright Injected Gazette. All rights reserved.</p></footer>
<script>${set('body-script')}</script>
</body></html>
`;
}
