'use strict';
// Renders CSL-JSON items with citeproc-js (through citation.js) for catconv's comparison test
// (src/test/java/io/github/catconv/cite/CiteprocJsComparisonTest.java, docs/citations.md).
//
// stdin:  {"styles": {"name": "<style xml>"}, "locales": {"en-US": "<locale xml>"},
//          "jobs": [{"key": "...", "style": "name", "lang": "en-US", "items": [CSL-JSON items]}]}
// stdout: {"key": [["item id", "entry text"], ...], ...}  (bibliography entries in citeproc-js order)
//
// Styles and locales come from the Java side (the same org.citationstyles files catconv uses), so
// the two engines render the same style text and only the engines differ.
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const config = plugins.config.get('@csl');
  for (const [name, xml] of Object.entries(input.styles)) {
    config.styles.add(name, xml);
  }
  for (const [tag, xml] of Object.entries(input.locales)) {
    config.locales.add(tag, xml);
  }
  const out = {};
  for (const job of input.jobs) {
    const cite = new Cite(job.items);
    out[job.key] = cite.format('bibliography', {
      format: 'text', template: job.style, lang: job.lang, asEntryArray: true,
    });
  }
  process.stdout.write(JSON.stringify(out));
});
