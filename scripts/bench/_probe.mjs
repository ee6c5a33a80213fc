import { createRequire } from 'node:module';
import fs from 'node:fs';
import { createMarkdownService, toMarkdown } from './markdown.mjs';
const require = createRequire(import.meta.url);
const core = require('/work/main/out/bench-core.js');
const text = fs.readFileSync('/tmp/big10.txt', 'utf8');
const mdls = createMarkdownService();
const md = toMarkdown(text, core.findOutline(text));
await mdls.documentSymbols(md.text);
const mode = process.argv[2] || 'turns';
const ours = [], theirs = [];
let keep;
for (let t = 0; t < 8; t++) {
  for (let i = 0; i < 3; i++) { const s = performance.now(); keep = core.findOutline(text); ours.push(performance.now() - s); }
  if (mode === 'turns') { const s = performance.now(); keep = await mdls.documentSymbols(md.text); theirs.push(performance.now() - s); }
}
console.log('ours', ours.map((x) => x.toFixed(0)).join(' '));
console.log('theirs', theirs.map((x) => x.toFixed(0)).join(' '));
mdls.dispose();
