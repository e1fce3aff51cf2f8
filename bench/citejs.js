// citation-js as a peer of the benchmark (bench/run.sh): converts a bibliography file the way a
// user of @citation-js/core would, whole file in, whole output out.
//   node citejs.js csl-json bibtex IN > OUT     (CSL-JSON -> BibTeX)
//   node citejs.js csl-json ris IN > OUT
//   node citejs.js bibtex csl-json IN > OUT     (BibTeX -> CSL-JSON)
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const [from, to, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const input = from === 'csl-json' ? JSON.parse(text) : text;
const cite = from === 'bibtex' ? new Cite(input, { forceType: '@bibtex/text' }) : new Cite(input);
const out = to === 'csl-json' ? JSON.stringify(cite.data, null, 2) : cite.format(to, { format: 'text' });
process.stdout.write(out);
