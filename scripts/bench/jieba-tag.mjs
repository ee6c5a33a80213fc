#!/usr/bin/env node
/**
 * @node-rs/jieba's part-of-speech tagging as a whole process, for the benchmark's comparison with
 * `report-lens annotate` run the same way: reads a UTF-8 file, tags it a line at a time (a paragraph per
 * line in the reports) and writes one line of word/tag pairs per line of text to a file.
 * Usage: node scripts/bench/jieba-tag.mjs IN.txt OUT.txt
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const [input, output] = process.argv.slice(2);
const jieba = Jieba.withDict(dict);
const out = fs.openSync(output, 'w');
let piece = '';
for (const line of fs.readFileSync(input, 'utf8').split(/\r\n|\r|\n/)) {
  if (!line.trim()) continue;
  piece += jieba.tag(line).map((t) => `${t.word}/${t.tag}`).join(' ') + '\n';
  if (piece.length >= 64 * 1024) {
    fs.writeSync(out, piece);
    piece = '';
  }
}
fs.writeSync(out, piece);
fs.closeSync(out);
