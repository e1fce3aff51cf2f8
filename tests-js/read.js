'use strict';
// Reads catconv output with citation.js, the way a citation.js user would import it, for
// src/test/java/io/github/catconv/clients/CitationJsClientTest.java (docs/bibtex.md, docs/ris.md).
//
// usage:  node read.js bibtex|biblatex|ris|csl-json < file
// stdout: {"count": N,
//          "entries": [{"title": ..., "author": first author's family name (or literal),
//                       "year": ..., "doi": ...}, ...],          (as citation.js maps them to CSL)
//          "warnings": ["what citation.js logged at level warn or error", ...],
//          "strict": ["label: problem", ...]}   (plugin-bibtex's strict mode: missing required
//                                                fields or a type it has no requirements for)
// exit 1 with the message on stderr when citation.js cannot read the input at all.
const { Cite, plugins, logger } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

// citation.js's logger is silent by default: route warn and error into our own list.
const warnings = [];
logger.level = 'warn';
logger._console = { log: (scope, ...msg) => warnings.push([scope, ...msg].map(String).join(' ')) };

const FORCE = { bibtex: '@bibtex/text', biblatex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' };

function summary(item) {
  const first = (item.author || [])[0] || {};
  const parts = item.issued && item.issued['date-parts'];
  return {
    title: item.title === undefined ? null : item.title,
    author: first.family || first.literal || null,
    year: parts && parts[0] && parts[0][0] !== undefined ? String(parts[0][0]) : null,
    doi: item.DOI === undefined ? null : item.DOI,
  };
}

// Strict mode (config.parse.strict) throws one RangeError listing every entry that lacks a field
// the dialect requires; parse a second time with it on and keep those lines.
function strictProblems(text, format) {
  if (format === 'ris' || format === 'csl-json') {
    return [];
  }
  const config = plugins.config.get('@bibtex');
  config.parse.strict = true;
  try {
    new Cite(text, { forceType: FORCE[format] });
    return [];
  } catch (e) {
    return String(e.message).split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
  } finally {
    config.parse.strict = false;
  }
}

const format = process.argv[2];
if (!FORCE[format]) {
  process.stderr.write('usage: node read.js bibtex|biblatex|ris|csl-json < file\n');
  process.exit(2);
}
const text = require('fs').readFileSync(0, 'utf8');
let items;
try {
  const input = format === 'csl-json' ? JSON.parse(text) : text;
  items = new Cite(input, { forceType: FORCE[format] }).data;
} catch (e) {
  process.stderr.write(`citation.js could not read the input: ${e.message}\n`);
  process.exit(1);
}
const out = { count: items.length, entries: items.map(summary), warnings: warnings.slice() };
out.strict = strictProblems(text, format);
process.stdout.write(JSON.stringify(out));
