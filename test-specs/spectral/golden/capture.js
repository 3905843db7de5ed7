const path = require('path');
const fs = require('fs');
const { Spectral, Document } = require('/work/peers16/node_modules/@stoplight/spectral-core');
const Parsers = require('/work/peers16/node_modules/@stoplight/spectral-parsers');
const { createHttpAndFileResolver } = require('/work/peers16/node_modules/@stoplight/spectral-ref-resolver');
const [givensFile, dir, outFile, ...specs] = process.argv.slice(2);
const givens = fs.readFileSync(givensFile, 'utf8').split('\n').filter(l => l.trim());
function everything(targetVal) { return [{ message: typeof targetVal === 'string' ? targetVal : '' }]; }
const ptr = p => p.map(s => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
(async () => {
  const out = { spectral: require('/work/peers16/node_modules/@stoplight/spectral-core/package.json').version, specs: {} };
  for (const spec of specs) {
    const file = path.join(dir, spec);
    const sel = {};
    for (const g of givens) {
      const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
      try {
        spectral.setRuleset({ rules: { g: { given: g, severity: 'error', message: '{{error}}', then: { function: everything } } } });
        const doc = new Document(fs.readFileSync(file, 'utf8'), Parsers.Yaml, file);
        const results = await spectral.run(doc);
        sel[g] = [...new Set(results.filter(r => r.code === 'g').map(r => path.basename(r.source) + '#' + ptr(r.path)))].sort();
      } catch (e) {
        sel[g] = "ERROR " + e.message;
      }
    }
    out.specs[spec] = sel;
  }
  fs.writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
})();
