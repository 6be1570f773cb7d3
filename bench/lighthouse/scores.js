// Prints one line of figures from a Lighthouse JSON report, for bench/lighthouse.sh:
// performance accessibility best-practices seo (0-100), TBT, Style & Layout, all main-thread
// work, FCP, LCP and Speed Index (ms), CLS, and Lighthouse's benchmarkIndex of the machine.
'use strict';
const fs = require('fs');
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (report.runtimeError) {
  console.error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  process.exit(1);
}
const score = id => {
  const s = report.categories[id] && report.categories[id].score;
  return s === null || s === undefined ? 'NaN' : Math.round(s * 100);
};
const value = id => {
  const a = report.audits[id];
  return a && typeof a.numericValue === 'number' ? a.numericValue : NaN;
};
const breakdown = report.audits['mainthread-work-breakdown'];
const groups = (breakdown && breakdown.details && breakdown.details.items) || [];
const group = name => groups.filter(g => g.group === name).reduce((sum, g) => sum + g.duration, 0);
const all = groups.reduce((sum, g) => sum + g.duration, 0);
const ms = v => (Number.isFinite(v) ? Math.round(v) : 'NaN');
console.log([
  score('performance'), score('accessibility'), score('best-practices'), score('seo'),
  ms(value('total-blocking-time')), ms(group('styleLayout')), ms(all),
  ms(value('first-contentful-paint')), ms(value('largest-contentful-paint')), ms(value('speed-index')),
  value('cumulative-layout-shift').toFixed(3), report.environment.benchmarkIndex,
].join(' '));
