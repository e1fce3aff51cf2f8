'use strict';
// Converts a bibliography with citation.js, for src/test/java/io/github/catconv/clients/CrossPathTest.java
// (docs/readers.md): the independent reading of BibTeX, BibLaTeX, RIS and CSL-JSON that catconv's
// readers are compared with.
//
// usage:  node convert.js FROM TO < file      FROM: bibtex | biblatex | ris | csl-json
//                                             TO:   csl-json | bibtex | biblatex | ris
// stdout: the converted text (CSL-JSON as a JSON array)
// exit 1 with the message on stderr when citation.js cannot read the input at all.
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const FORCE = { bibtex: '@bibtex/text', biblatex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' };
const [from, to] = process.argv.slice(2);
if (!FORCE[from] || !['csl-json', 'bibtex', 'biblatex', 'ris'].includes(to)) {
  process.stderr.write('usage: node convert.js bibtex|biblatex|ris|csl-json csl-json|bibtex|biblatex|ris < file\n');
  process.exit(2);
}
const text = require('fs').readFileSync(0, 'utf8');
let cite;
try {
  const input = from === 'csl-json' ? JSON.parse(text) : text;
  cite = new Cite(input, { forceType: FORCE[from] });
} catch (e) {
  process.stderr.write(`citation.js could not read the input: ${e.message}\n`);
  process.exit(1);
}
if (to === 'csl-json') {
  // _graph is citation.js's provenance (the whole input, for every item): not part of CSL.
  process.stdout.write(JSON.stringify(cite.data.map(({ _graph, ...item }) => item), null, 2));
} else {
  process.stdout.write(cite.format(to, { format: 'text' }));
}
