/**
 * A stream of {"id","text"} records for `report-lens annotate --format jsonl -`, built from the seeds as a
 * corpus run would feed them: each copy of a seed (numbers varied per copy from the second round on, as in
 * inputs.mjs) is cut into records that are a paragraph (a line) or a page (lines gathered to 2-6 KB), chosen
 * by a deterministic hash, so records are of a few KB, like real paragraphs and pages. Every BAD_EVERY-th
 * record is a bad one: cut short (not JSON), without text, or with binary text.
 */
import * as fs from 'node:fs';
import { perturbNumbers } from './inputs.mjs';

export const RECORDS_HOW = 'seeds cut into records of a paragraph or a page (2-6 KB), numbers varied per copy; every 1000th record bad (cut short, no text, binary text)';
const BAD_EVERY = 1000;

/** A small deterministic hash (as inputs.mjs's). */
function mix(a, b) {
  let h = (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 12)) >>> 0;
}

/** The records of one copy of a seed, as JSON lines (without line feeds). */
function* copyRecords(text, copy, count) {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim());
  let k = 0;
  for (let i = 0; i < lines.length; ) {
    const id = `c${copy}-r${k}`;
    let body;
    if (mix(copy, k) % 3 === 0) {
      body = lines[i++];
    } else {
      const want = 2048 + (mix(k, copy) % 4096);
      const page = [];
      let size = 0;
      while (i < lines.length && size < want) {
        page.push(lines[i]);
        size += Buffer.byteLength(lines[i++]) + 1;
      }
      body = page.join('\n');
    }
    k++;
    const n = count.value++;
    if (n % BAD_EVERY === BAD_EVERY - 1) yield badRecord(id, body, n);
    else yield JSON.stringify({ id, text: body });
  }
}

function badRecord(id, body, n) {
  const kind = Math.floor(n / BAD_EVERY) % 3;
  if (kind === 0) return JSON.stringify({ id, text: body }).slice(0, 40);
  if (kind === 1) return JSON.stringify({ id, body });
  return JSON.stringify({ id, text: `PK\u0003\u0004\u0000\u0000${body.slice(0, 20)}` });
}

/** Writes records to `file` until it holds about `bytes` bytes; returns { bytes, records }. */
export function writeRecords(seeds, file, bytes) {
  const fd = fs.openSync(file, 'w');
  const count = { value: 0 };
  let written = 0;
  let piece = '';
  try {
    for (let copy = 0; written < bytes; copy++) {
      const seed = seeds[copy % seeds.length];
      const body = copy < seeds.length ? seed.text : perturbNumbers(seed.text, copy);
      for (const line of copyRecords(body, copy, count)) piece += line + '\n';
      if (piece.length >= 256 * 1024) {
        written += fs.writeSync(fd, piece);
        piece = '';
      }
    }
    written += fs.writeSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
  return { bytes: fs.statSync(file).size, records: count.value };
}
