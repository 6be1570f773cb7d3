// The main thread's CPU time (thread time, not wall time) for loading each URL in a fresh Chromium
// with Lighthouse's mobile viewport: style, layout, HTML and CSS parsing, paint, and the longest
// task. Wall times (what Lighthouse reports) grow with whatever else the machine runs; CPU time
// barely does, so this tells what a change to the pages did on a busy machine.
//
//   node bench/lighthouse/cpu-profile.js RUNS URL...
//
// Each run loads every URL once, in the order given, each in a new browser (as Lighthouse does);
// the figures are medians over the runs. Uses the puppeteer-core that Lighthouse brings along,
// with CHROMIUM (default /usr/bin/chromium); loads only the URLs given.
'use strict';
const puppeteer = require('puppeteer-core');

const [runsArg, ...urls] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || urls.length === 0) {
  console.error('usage: node cpu-profile.js RUNS URL...');
  process.exit(2);
}

const GROUPS = {
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};
const median = values => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function profile(url) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'toplevel'] });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise(resolve => setTimeout(resolve, 500));
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // The page's renderer main thread: the CrRendererMain that parsed and laid out.
    const names = {};
    for (const e of events) if (e.name === 'thread_name') names[`${e.pid}:${e.tid}`] = e.args.name;
    const counts = {};
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if (names[key] === 'CrRendererMain' && (e.name === 'Layout' || e.name === 'ParseHTML')) counts[key] = (counts[key] || 0) + 1;
    }
    const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const figures = { tasks: 0, longest: 0, passes: 0, elements };
    for (const group of Object.keys(GROUPS)) figures[group] = 0;
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X') continue;
      const cpu = (e.tdur || 0) / 1000;
      if (e.name === 'RunTask') {
        figures.tasks += cpu;
        figures.longest = Math.max(figures.longest, cpu);
      }
      if (e.name === 'Layout' && e.args && e.args.beginData && e.args.beginData.dirtyObjects > 100) figures.passes += 1;
      for (const [group, members] of Object.entries(GROUPS)) if (members.includes(e.name)) figures[group] += cpu;
    }
    return figures;
  } finally {
    await browser.close();
  }
}

(async () => {
  const results = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < urls.length; i++) results[i].push(await profile(urls[i]));
  }
  console.log(`main-thread CPU ms, median of ${runs} loads; passes = layouts of more than 100 objects`);
  console.log('url\tstyle\tlayout\tstyle+layout\tparse\tpaint\tall tasks\tlongest task\tpasses\telements');
  urls.forEach((url, i) => {
    const m = key => median(results[i].map(r => (key === 'style+layout' ? r.style + r.layout : r[key])));
    const cells = ['style', 'layout', 'style+layout', 'parse', 'paint', 'tasks', 'longest'].map(k => m(k).toFixed(1));
    console.log([url, ...cells, m('passes'), m('elements')].join('\t'));
  });
})().catch(error => {
  console.error(error);
  process.exit(1);
});
