// The README that goes into the package (vsce --readme-path), made from README.md: VS Code's extension
// page shows an installed extension's README with images only from http(s) addresses (its sanitizer
// drops relative image sources: checked in VS Code 1.139 as code-server 4.139.1), and this project has no
// public address to point them at. So the package's README has no images and says where the pictures
// are: the Get Started walkthrough, which shows them from the package (media paths may be relative).
//   node scripts/package/package-readme.mjs OUT.md
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2];
if (!out) { console.error('usage: package-readme.mjs OUT.md'); process.exit(2); }
let text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
text = text.replace(/^[ \t]*(!\[[^\]]*\]\([^)]*\)[ \t]*)+\n\n?/gm, '');
if (/!\[[^\]]*\]\(/.test(text)) throw new Error('package-readme: an image is left inline in README.md; put images on lines of their own');
text = text.replace(/^## Features\n/m, '## Features\n\nPictures of each feature are in the walkthrough *Get Started with Report Lens* (Command Palette: **Welcome: Open Walkthrough…**). 每项功能的截图见入门演练“Report Lens 入门”。\n');
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
fs.writeFileSync(out, text);
