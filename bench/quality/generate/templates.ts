// Templates (bench/quality/generate.ts): each is a function of (article, rng) through the context.

import { Ctx, Page, yamlString } from './context.ts';
import { type DateStyle, fmtDate, isoDay, time12, time24, truthDate, two } from './dates.ts';
import { bare, CITIES, COMMENT_POLICIES, domain, NEWSLETTER_PROMPTS, ROLES } from './names.ts';
import { wordsIn } from '../../shared/reuters.ts';

type Render = (c: Ctx, p: Page) => void;
export interface Template {
  id: string;
  name: string;
  render: Render;
}

/** Print edition web copy (seed 000): "Fri, Dec 10, 2004 - Page 5 News List", kicker + standfirst. */
const printEdition: Render = (c, p) => {
  const { rng, stamp } = c;
  const page = rng.int(1, 24);
  const desk = rng.pick(['News', 'Business', 'World', 'Sports', 'Taiwan News', 'Front Page']);
  const style = rng.pick<DateStyle>(['dow-mon-d-y', 'dow-mon-d-y', 'dow-month-d-y', 'd-month-y']);
  const date = fmtDate(stamp, style);
  p.line(
    rng.weighted([
      [`${date} - Page ${page} ${desk} List`, 3],
      [`${date}${c.sep()}Page ${page}`, 1],
      [`Page ${page}${c.sep()}${date}`, 1],
    ]),
  );
  p.date = truthDate(stamp, style);
  p.gap();
  p.headline(c.title);
  if (rng.chance(0.6)) {
    const kicker = c.kicker();
    const inline = rng.chance(0.7);
    const sf = c.takeStandfirst(p, rng.chance(0.5));
    if (sf) {
      p.gap();
      if (inline) {
        p.text(`${kicker} ${sf}`);
        p.chrome.push(kicker);
      } else {
        p.line(kicker);
        p.text(sf);
      }
    }
  }
  p.gap();
  if (rng.chance(0.5)) p.head.push('');
  p.layouts = [
    ['blank', 6],
    ['per-line', 3],
    ['wrapped', 1],
  ];
  p.midChance = 0.6;
  if (rng.chance(0.85)) p.foot(`This story has been viewed ${rng.int(120, 48000)} times.`);
  if (rng.chance(0.7)) {
    p.footGap();
    p.foot(rng.pick(COMMENT_POLICIES));
  }
  if (rng.chance(0.6)) {
    p.footGap();
    p.foot(rng.pick(['TOP top', 'TOP', 'Back to top', 'top ↑']));
  }
  if (c.site && rng.chance(0.3)) {
    p.footGap();
    p.foot(c.copyright());
    p.source = c.site;
  }
};

/** Portal with breadcrumbs, share widget and the headline repeated (seed 002). */
const portalBreadcrumb: Render = (c, p) => {
  const { rng, stamp } = c;
  p.headline(c.title);
  p.gap();
  const arrow = rng.pick(['>', '»', '›', '/', '|']);
  const crumbs = [rng.pick(['Home', 'HOME', 'home', 'News']), c.section(), c.subsection()];
  if (rng.chance(0.3)) crumbs.pop();
  p.line(c.recase(crumbs.join(` ${arrow} `)));
  p.gap();
  p.line(c.shareBar());
  p.gap();
  p.line(c.title); // the headline again, as the page's article header
  p.gap();
  if (rng.chance(0.4)) {
    p.line(rng.pick([`By ${c.author}`, `${c.author}, ${rng.pick(ROLES)}`]));
    p.byline = c.author;
  }
  if (rng.chance(0.55)) {
    const style = rng.pick<DateStyle>(['mon-d,y', 'ymd-dot', 'month-d-y', 'ymd-slash']);
    p.line(fmtDate(stamp, style) + (rng.chance(0.5) ? ` ${time24(stamp)}` : ''));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  if (c.site && rng.chance(0.75)) {
    p.foot('Log in to Twitter or Facebook account to connect');
    p.foot(`with the ${bare(c.site)}`);
    p.source = c.site;
  } else {
    p.foot(rng.pick(['Log in to Twitter or Facebook account to comment', 'Sign in to comment']));
  }
  p.foot('help-image Social comment?');
  p.foot('lock icon');
  p.footGap();
  p.foot('To write comments, please log in to one of the accounts.');
  p.footGap();
  p.foot(`Standards Board Policy (0/${rng.pick([250, 300, 500])}자)`);
};

/** Plain copy of an undated news site (seed 003): title, one paragraph per line, print widget. */
const cleanText: Render = (c, p) => {
  const { rng } = c;
  p.headline(c.title);
  if (rng.chance(0.6)) p.gap();
  if (rng.chance(0.45)) p.line(c.yearless());
  p.layouts = [
    ['per-line', 7],
    ['blank', 3],
  ];
  p.headGap = rng.chance(0.3) ? 0 : 1;
  p.tailGap = rng.chance(0.5) ? 0 : 1;
  if (rng.chance(0.7)) p.foot('Print Friendly, PDF & Email');
  p.midChance = 0.15;
};

/** Blog repost (seed 004): author alone under the title, "The post ... appeared first on ...". */
const wpRepost: Render = (c, p) => {
  const { rng, stamp } = c;
  p.headline(c.title);
  p.gap();
  const mode = rng.weighted([
    ['name', 5],
    ['by', 2],
    ['posted', 3],
  ] as const);
  if (mode === 'name') p.line(c.author);
  else if (mode === 'by') p.line(`${rng.pick(['By', 'by', 'BY'])} ${c.author}`);
  else {
    const style = rng.pick<DateStyle>(['month-d-y', 'd-month-y', 'ymd-slash', 'iso']);
    const date = fmtDate(stamp, style);
    p.line(
      rng.pick([`Posted on ${date} by ${c.author}`, `Posted by ${c.author} on ${date}`]) +
        (rng.chance(0.3) ? ` in ${c.section()}` : ''),
    );
    p.date = truthDate(stamp, style);
  }
  p.byline = c.author;
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  if (rng.chance(0.3)) p.mid([`${c.recase('Also read')}: ${c.related(1)[0] ?? ''}`]);
  if (rng.chance(0.25)) p.foot(c.shareBar());
  if (c.site) {
    p.footGap();
    p.foot(`The post ${c.title} appeared first on ${c.site}.`);
    p.source = c.site;
  } else if (rng.chance(0.5)) {
    p.footGap();
    p.foot('Source link');
  }
};

/** Wire copy: Reuters DATE line, slug, headline, 4-space indented hard-wrapped body, sign-off. */
const wireCopy: Render = (c, p) => {
  const { rng, stamp, article } = c;
  p.line(article.rawDate ?? fmtDate(stamp, 'reuters'));
  p.date = isoDay(stamp);
  if (rng.chance(0.5)) {
    const words = c.title
      .toUpperCase()
      .replace(/[^A-Z0-9 ]/g, '')
      .split(' ')
      .filter(Boolean);
    const count = String(wordsIn(article.paragraphs.join(' '))).padStart(4, '0');
    p.line(
      article.slug ??
        `BC-${words.slice(0, 3).join('-')}   ${two(stamp.m)}-${two(stamp.d)} ${count}`,
    );
  }
  if (rng.chance(0.5)) p.gap();
  p.headline(c.title);
  p.headGap = rng.chance(0.5) ? 0 : 1;
  p.layouts = [
    ['wrapped-indent', 8],
    ['wrapped', 2],
  ];
  p.width = [64, 72];
  p.indent = rng.weighted([
    [4, 8],
    [3, 1],
    [5, 1],
  ]);
  p.lineEndChance = 0.15;
  p.tailGap = 0;
  const signoff =
    article.corpus === 'reuters' && rng.chance(0.8)
      ? ' Reuter'
      : rng.pick(['ENDS', '(ends)', '-- END --', '(END)']);
  p.foot(signoff);
};

/** Broadsheet website: masthead, standfirst, byline, Published/Updated lines, related, copyright. */
const newspaperWeb: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    const sec = c.recase(c.section());
    p.line(rng.pick([`${site}${c.sep()}${sec}`, site, `${sec}${c.sep()}${site}`]));
    p.source = site;
    p.gap();
  }
  if (rng.chance(0.4)) p.line(c.recase(c.kicker()));
  p.headline(c.title);
  if (rng.chance(0.7)) {
    const sf = c.takeStandfirst(p, rng.chance(0.3));
    if (sf) {
      p.gap();
      p.text(sf);
    }
  }
  p.gap();
  const by = rng.weighted([
    [`By ${c.author}`, 4],
    [`${c.author} in ${rng.pick(CITIES)}`, 2],
    [`By ${c.author} | ${site ?? ''}`, site ? 2 : 0],
    [`${c.author}, ${rng.pick(ROLES)}`, 1],
  ]);
  p.line(by);
  p.byline = c.author;
  const tz = c.tz();
  const pubStyle = rng.pick(['a', 'b', 'c'] as const);
  const published =
    pubStyle === 'a'
      ? `Published: ${fmtDate(stamp, 'd-mon-y')} ${time24(stamp)} ${tz}`
      : pubStyle === 'b'
        ? `Published ${fmtDate(stamp, 'dow-d-month-y')} ${time24(stamp, '.')} ${tz}`
        : `First published on ${fmtDate(stamp, 'dow-d-month-y')}`;
  p.date = isoDay(stamp);
  const lines = [published];
  if (rng.chance(0.6)) {
    const u = c.updated();
    const upd = rng.pick([
      `Updated: ${fmtDate(u, 'd-mon-y')} ${time24(u)} ${tz}`,
      `Last modified on ${fmtDate(u, 'dow-d-month-y')} ${time24(u, '.')} ${tz}`,
      `Last updated: ${fmtDate(u, 'month-d-y')}`,
    ]);
    if (rng.chance(0.5)) lines.unshift(upd);
    else lines.push(upd);
  }
  for (const l of lines) p.line(l);
  if (rng.chance(0.6)) {
    p.gap();
    p.line(c.shareBar());
  }
  p.layouts = [
    ['blank', 9],
    ['per-line', 1],
  ];
  if (rng.chance(0.4)) p.mid([rng.pick(['Advertisement', 'ADVERTISEMENT'])]);
  if (rng.chance(0.6)) for (const l of c.relatedBlock()) p.foot(l);
  if (site && rng.chance(0.7)) {
    p.footGap();
    p.foot(c.copyright());
  }
};

/** US news portal: kicker, "By X, Site", "May 17, 2016 | 10:15 AM", ads and READ MORE mid-body. */
const newsPortal: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (rng.chance(0.5)) p.line(c.kicker());
  p.headline(c.title);
  p.gap();
  if (site && rng.chance(0.6)) {
    p.line(`${rng.pick(['By', 'BY'])} ${c.author}, ${site}`);
    p.source = site;
  } else {
    p.line(`${rng.pick(['By', 'BY', 'by'])} ${c.author}`);
  }
  p.byline = c.author;
  const sep = rng.pick([' | ', ' • ', ' - ', ' / ']);
  p.line(
    rng.pick([
      `${fmtDate(stamp, 'month-d-y')}${sep}${time12(stamp)}`,
      `Posted: ${fmtDate(stamp, 'ap')} ${time12(stamp)} ET`,
      `${fmtDate(stamp, 'mon-d,y').replace(',', ', ')} at ${time12(stamp)}`,
      `Published ${fmtDate(stamp, 'ap')}`,
    ]),
  );
  p.date = isoDay(stamp);
  if (rng.chance(0.3)) {
    const u = c.updated();
    p.line(`Updated ${time12(u)} ET ${fmtDate(u, 'ap')}`);
  }
  p.layouts = [
    ['blank', 7],
    ['per-line', 3],
  ];
  for (let k = rng.int(0, 2); k > 0; k--) {
    const rel = c.related(1)[0] ?? '';
    p.mid([
      rng.pick([
        'ADVERTISEMENT',
        `READ MORE: ${rel}`,
        `RELATED: ${rel}`,
        'Story continues below advertisement',
      ]),
    ]);
  }
  if (rng.chance(0.6)) p.foot(rng.pick(NEWSLETTER_PROMPTS));
  if (rng.chance(0.5)) {
    p.footGap();
    p.foot(rng.pick([`${rng.int(0, 400)} Comments`, `Comments (${rng.int(0, 400)})`]));
  }
  if (site && rng.chance(0.4)) {
    p.footGap();
    p.foot(c.copyright());
    p.source = site;
  }
};

/** Markdown with YAML front matter: the headline is only in the front matter. */
const markdownFront: Render = (c, p) => {
  const { rng, stamp, site } = c;
  p.ext = 'md';
  const fields: string[] = [];
  if (rng.chance(0.8)) {
    const form = rng.weighted([
      ['iso', 4],
      ['quoted-iso', 2],
      ['iso-z', 1],
      ['long', 2],
      ['offset', 1],
      ['month', 1],
    ] as const);
    const s = stamp;
    const t = `${two(s.hh % 24)}:${two(s.mi)}:00`;
    const text =
      form === 'iso'
        ? isoDay(s)
        : form === 'quoted-iso'
          ? `"${isoDay(s)}"`
          : form === 'iso-z'
            ? `${isoDay(s)}T${t}Z`
            : form === 'long'
              ? `"${fmtDate(s, rng.pick<DateStyle>(['d-month-y', 'month-d-y', 'ap']))}"`
              : form === 'offset'
                ? `${isoDay(s)}T${two(rng.int(0, 7))}:${two(s.mi)}:00+09:00` // local date as printed
                : `"${s.y}-${two(s.m)}"`;
    fields.push(`date: ${text}`);
    p.date = form === 'month' ? `${s.y}-${two(s.m)}` : isoDay(s);
  }
  if (rng.chance(0.7)) {
    fields.push(`author: ${yamlString(rng, c.author)}`);
    p.byline = c.author;
  }
  if (site && rng.chance(0.8)) {
    fields.push(`source: ${yamlString(rng, site)}`);
    p.source = site;
  }
  if (rng.chance(0.25)) {
    const sf = c.takeStandfirst(p);
    if (sf) fields.push(`summary: ${yamlString(rng, sf)}`);
  }
  if (rng.chance(0.3)) fields.push(`tags: [${c.section().toLowerCase()}, news]`);
  const ordered = rng.shuffle(fields);
  const titleLine = `title: ${yamlString(rng, c.title)}`;
  ordered.splice(rng.chance(0.7) ? 0 : rng.int(0, ordered.length), 0, titleLine);
  p.title = c.title;
  p.front = ['---', ...ordered, '---'];
  if (rng.chance(0.8)) p.front.push('');
  p.headGap = 0;
  p.layouts = [['blank', 1]];
  p.midChance = 0.05;
};

/** A body-only copy: no header at all, sometimes a footer. */
const bodyOnly: Render = (c, p) => {
  const { rng, site } = c;
  p.headGap = 0;
  p.layouts = [
    ['blank', 4],
    ['per-line', 3],
    ['wrapped', 2],
    ['wrapped-indent', 1],
  ];
  p.midChance = 0.3;
  if (rng.chance(0.4)) {
    const kind = rng.pick(['share', 'copyright', 'print', 'yearless'] as const);
    if (kind === 'copyright' && site) {
      p.foot(c.copyright());
      p.source = site;
    } else if (kind === 'share') p.foot(c.shareBar());
    else if (kind === 'yearless') p.foot(c.yearless());
    else p.foot('Print Friendly, PDF & Email');
  }
};

/** PDF-to-text print copy: running header, hard wrapping, heavy print hyphenation, page footers. */
const pdfPrint: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const style = rng.pick<DateStyle>(['d-month-y', 'dow-d-month-y', 'month-d-y']);
  const date = fmtDate(stamp, style);
  const page = rng.int(1, 40);
  const sep = c.sep();
  if (site) {
    p.line(rng.pick([`${site}${sep}${date}${sep}Page ${page}`, `${site}${sep}${date}`]));
    p.source = site;
  } else p.line(`${date}${sep}Page ${page}`);
  p.date = truthDate(stamp, style);
  p.gap();
  if (rng.chance(0.4)) p.line(c.recase(rng.pick([`Section: ${c.section()}`, c.section()])));
  p.headline(c.title);
  if (rng.chance(0.7)) {
    p.line(rng.pick([`By ${c.author}`, `by ${c.author}`, `By ${c.author}, Staff Writer`]));
    p.byline = c.author;
  }
  p.gap();
  p.layouts = [
    ['wrapped', 5],
    ['wrapped-indent', 5],
  ];
  p.width = [58, 75];
  p.indent = rng.pick([2, 3, 4, 5]);
  p.lineEndChance = 0.9;
  p.midChance = 0.5;
  if (rng.chance(0.4)) {
    p.mid([
      rng.pick([
        `Page ${page + 1}`,
        `- ${page + 1} -`,
        '(Continued on next page)',
        `Continued from Page ${page}`,
      ]),
    ]);
  }
  if (site && rng.chance(0.6)) {
    p.foot(
      rng.pick([
        `https://${domain(site)}/news/${stamp.y}/${two(stamp.m)}/${rng.int(10000, 99999)}`,
        `Printed from ${domain(site)}`,
      ]),
    );
  }
  if (site && rng.chance(0.5)) p.foot(c.copyright());
};

/** Aggregator: "Source: X" label, a related-headlines list ABOVE the real headline. */
const aggregatorFeed: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    p.line(rng.pick([`Source: ${site}`, `${site}${c.sep()}${c.section()}`, `via ${site}`]));
    p.source = site;
  }
  if (rng.chance(0.6)) {
    p.gap();
    for (const l of c.relatedBlock(rng.chance(0.8))) p.line(l);
    p.gap();
  }
  p.headline(c.title);
  if (rng.chance(0.7)) {
    const form = rng.pick(['a', 'b', 'c', 'd'] as const);
    p.line(
      form === 'a'
        ? `Posted ${isoDay(stamp)} ${time24(stamp)}`
        : form === 'b'
          ? fmtDate(stamp, 'iso-time')
          : form === 'c'
            ? `${fmtDate(stamp, 'ymd-slash')} ${time24(stamp)}`
            : `Posted: ${fmtDate(stamp, 'd-mon-y')}`,
    );
    p.date = isoDay(stamp);
  } else if (rng.chance(0.6)) p.line(c.yearless());
  p.layouts = [
    ['per-line', 5],
    ['blank', 5],
  ];
  if (site && rng.chance(0.4)) p.foot(`Originally published by ${site}.`);
  if (rng.chance(0.4)) {
    p.footGap();
    p.foot(`Tags: ${c.section().toLowerCase()}, ${c.subsection().toLowerCase()}`);
  }
};

/** Paywalled page: a few paragraphs, then "Subscribe to continue reading". */
const paywall: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    p.line(rng.chance(0.7) ? site : `${site}${c.sep()}${c.recase('Subscriber exclusive')}`);
    p.source = site;
    p.gap();
  }
  p.headline(c.title);
  if (rng.chance(0.5)) {
    const sf = c.takeStandfirst(p);
    if (sf) {
      p.gap();
      p.text(sf);
    }
  }
  p.gap();
  p.line(site && rng.chance(0.5) ? `By ${c.author} | ${site}` : `By ${c.author}`);
  p.byline = c.author;
  if (rng.chance(0.8)) {
    const style = rng.pick<DateStyle>(['d-month-y', 'month-d-y', 'ap']);
    p.line(fmtDate(stamp, style));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  const n = p.paragraphs.length;
  if (n >= 3) {
    const keep = rng.int(2, Math.min(4, n - 1));
    p.omitted = p.paragraphs.slice(keep);
    p.paragraphs = p.paragraphs.slice(0, keep);
  }
  p.foot(
    rng.pick([
      'Subscribe to continue reading',
      'This article is for subscribers only.',
      'You have reached your limit of free articles. Subscribe to continue reading.',
    ]),
  );
  if (rng.chance(0.5)) p.foot('Already a subscriber? Log in');
  if (site && rng.chance(0.4)) p.foot(`Subscribe now for unlimited access to ${site}.`);
  if (rng.chance(0.3)) p.foot('Get full access for $1 a week. Cancel anytime.');
};

/** Mobile page: share bar on top, weekday-only "dates", author alone, counters at the end. */
const mobileShare: Render = (c, p) => {
  const { rng, site } = c;
  p.line(c.shareBar());
  if (rng.chance(0.5)) p.gap();
  if (rng.chance(0.7)) p.line(c.yearless());
  p.headline(c.title);
  const by = rng.weighted([
    ['name', 4],
    ['by', 3],
    ['none', 3],
  ] as const);
  if (by !== 'none') {
    p.line(by === 'name' ? c.author : `By ${c.author}`);
    p.byline = c.author;
  }
  p.layouts = [
    ['per-line', 6],
    ['blank', 4],
  ];
  p.headGap = rng.chance(0.5) ? 1 : 0;
  p.foot(rng.pick([`Comments (${rng.int(0, 99)})`, 'Log in to comment', 'Tap to share']));
  if (site && rng.chance(0.4)) {
    p.foot(rng.pick(['Log in to Facebook or Google account to connect', 'Connect your account']));
    p.foot(
      rng.pick([`with the ${bare(site)}`, `with the ${bare(site)} community`, `with ${site}`]),
    );
    p.source = site;
  } else if (rng.chance(0.4)) p.foot('You must be logged in to post a comment.');
};

/** Syndicated story: credit line at the end, "Reported by X for Y." */
const syndicatedCredit: Render = (c, p) => {
  const { rng, stamp, site } = c;
  p.headline(c.title);
  p.gap();
  if (rng.chance(0.6)) {
    const style = rng.pick<DateStyle>(['ap', 'month-d-y', 'dow-month-d-y', 'd-month-y']);
    p.line(fmtDate(stamp, style));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 7],
    ['per-line', 3],
  ];
  if (site) {
    let credit = `Reported by ${c.author} for ${site}.`;
    if (rng.chance(0.3)) credit += ` Translated by ${c.otherName()}.`;
    p.foot(credit);
    p.source = site;
  } else {
    p.foot(`Reporting by ${c.author}; Editing by ${c.otherName()}`);
  }
  p.byline = c.author;
};

/** E-mail newsletter: issue line with month and year only, "In this issue" list, unsubscribe. */
const newsletterDigest: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const kind = rng.pick(['Newsletter', 'Morning Briefing', 'Weekly Digest', 'Business Briefing']);
  if (site) {
    p.line(`${site}${c.sep()}${kind}`);
    p.source = site;
  } else p.line(kind);
  const sep = c.sep();
  if (rng.chance(0.7)) {
    p.line(
      rng.pick([
        `Issue ${rng.int(12, 480)}${sep}${fmtDate(stamp, 'month-y')}`,
        `${fmtDate(stamp, 'month-y')} edition`,
      ]),
    );
    p.date = truthDate(stamp, 'month-y');
  } else {
    p.line(`Issue ${rng.int(12, 480)}${sep}${fmtDate(stamp, 'month-d-y')}`);
    p.date = isoDay(stamp);
  }
  if (rng.chance(0.5)) {
    p.gap();
    p.line(c.recase('In this issue:'));
    for (const l of c.relatedBlock(false)) p.line(l);
  }
  p.gap();
  p.headline(c.title);
  p.layouts = [
    ['wrapped', 5],
    ['blank', 5],
  ];
  p.width = [60, 72];
  p.lineEndChance = 0.3;
  if (site) {
    p.foot(`You are receiving this email because you signed up for updates from ${site}.`);
  } else p.foot('You are receiving this email because you subscribed to our mailing list.');
  p.foot(
    rng.pick([
      'Unsubscribe | Manage preferences | View in browser',
      'Unsubscribe',
      'Forward to a friend',
    ]),
  );
};

/** Archive dump with labelled fields: "Title: ...", "Published: ...", "Updated: ...". */
const archiveDump: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const label = (s: string) => rng.pick([s, s.toUpperCase(), s.toLowerCase()]);
  const fields: string[] = [];
  const titleLabel = label(rng.pick(['Title', 'Headline']));
  if (rng.chance(0.6)) {
    fields.push(`${label(rng.pick(['Author', 'Byline']))}: ${c.author}`);
    p.byline = c.author;
  }
  if (rng.chance(0.8)) {
    const style = rng.pick<DateStyle>(['iso', 'iso-time', 'ymd-slash', 'd-mon-y']);
    fields.push(`${label(rng.pick(['Published', 'Date']))}: ${fmtDate(stamp, style)}`);
    p.date = isoDay(stamp);
    if (rng.chance(0.5)) {
      const u = c.updated();
      fields.push(`${label(rng.pick(['Updated', 'Modified']))}: ${fmtDate(u, style)}`);
    }
  }
  if (site) {
    fields.push(`${label(rng.pick(['Source', 'Publication']))}: ${site}`);
    p.source = site;
    if (rng.chance(0.5)) {
      fields.push(`URL: https://${domain(site)}/${c.section().toLowerCase()}/${rng.int(1e5, 1e6)}`);
    }
  }
  if (rng.chance(0.4)) fields.push(`${label('Section')}: ${c.section()}`);
  const ordered = rng.shuffle(fields);
  ordered.splice(rng.chance(0.7) ? 0 : 1, 0, `${titleLabel}: ${c.title}`);
  for (const f of ordered) p.line(f);
  p.title = c.title;
  const rule = rng.pick(['', '----------------------------------------', '==========', '* * *']);
  if (rule) p.line(rule);
  p.gap();
  p.headGap = 1;
  p.layouts = [
    ['blank', 5],
    ['per-line', 3],
    ['wrapped', 2],
  ];
  if (rng.chance(0.3)) p.foot(rng.pick(['[END OF DOCUMENT]', '-- end --', '=== END ===']));
};

export const TEMPLATES: Template[] = [
  { id: 'site-01', name: 'print-edition', render: printEdition },
  { id: 'site-02', name: 'portal-breadcrumb', render: portalBreadcrumb },
  { id: 'site-03', name: 'clean-text', render: cleanText },
  { id: 'site-04', name: 'wp-repost', render: wpRepost },
  { id: 'site-05', name: 'wire-copy', render: wireCopy },
  { id: 'site-06', name: 'newspaper-web', render: newspaperWeb },
  { id: 'site-07', name: 'news-portal', render: newsPortal },
  { id: 'site-08', name: 'markdown-front-matter', render: markdownFront },
  { id: 'site-09', name: 'body-only', render: bodyOnly },
  { id: 'site-10', name: 'pdf-print', render: pdfPrint },
  { id: 'site-11', name: 'aggregator-feed', render: aggregatorFeed },
  { id: 'site-12', name: 'paywall-teaser', render: paywall },
  { id: 'site-13', name: 'mobile-share', render: mobileShare },
  { id: 'site-14', name: 'syndicated-credit', render: syndicatedCredit },
  { id: 'site-15', name: 'newsletter-digest', render: newsletterDigest },
  { id: 'site-16', name: 'archive-dump', render: archiveDump },
];
