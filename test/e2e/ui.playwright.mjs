// What a person does in VS Code (code-server in Chromium, driven by playwright-core): open a report from
// the Explorer, look at the coloured spans, hover a policy term and an organisation, open the Outline
// and click a section to jump to it; follow the Get Started walkthrough; and, for the installed package
// (EXT_DIR), look at the extension's page. Saves screenshots for the README.
//
// Env: CS_ORIGIN (http://127.0.0.1:PORT, required), WORKSPACE (folder holding the samples, required),
//      EXT (extension folder; default the repository; "" when the extension is installed instead),
//      EXT_DIR (the installed extension's folder, in package mode: the extension page is checked too),
//      SHOTS (screenshot folder; default out/screenshots; SHOTS=docs/images refreshes the README's), RESULTS (file for {"passed","failed"}),
//      WORKSPACE_FILE (open this .code-workspace instead of WORKSPACE as a folder),
//      ONLY_DEMO=1 with SHOT=<png> (the demo: open the report, show the Outline and a hover, one screenshot).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as os from 'node:os';
import { execFileSync } from 'node:child_process';
import { launch, logger, workbenchUrl } from './browser.mjs';

const log = logger('ui');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const origin = process.env.CS_ORIGIN;
const workspace = process.env.WORKSPACE;
if (!origin || !workspace) { console.error('ui.playwright: CS_ORIGIN and WORKSPACE are required'); process.exit(2); }
const ext = process.env.EXT ?? repo;
const shots = process.env.SHOTS ?? path.join(repo, 'out', 'screenshots');
const demo = process.env.ONLY_DEMO === '1';
const FILE = 'qinghe-health-commission-2024.txt';
const TERM = '紧密型县域医共体';
const ORG = '青禾市中心医院'; // introduced as 青禾市中心医院（青禾市第一人民医院）
const SECTION = '(三)推动数字健康建设'; // the last section: below the fold when the report opens

let passed = 0;
let failed = 0;
/** Runs one check; a failing check is reported and the next ones still run. */
async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    passed++;
    log(`ok   ${name} (${Date.now() - t} ms)`);
    return true;
  } catch (e) {
    failed++;
    log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await page?.screenshot({ path: path.join(shots, `failed-${name.replace(/\W+/g, '-').toLowerCase()}.png`) }).catch(() => {});
    return false;
  }
}

fs.mkdirSync(shots, { recursive: true });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1, locale: 'en-US' });
const page = await context.newPage();
page.setDefaultTimeout(20_000);
page.on('pageerror', (e) => log('page error:', e.message));

/** Editor area of the workbench (not the panel or other editors). */
const EDITOR = '.part.editor .editor-instance .monaco-editor';

/** Screen box of the first visible occurrence of `needle` in the editor's rendered lines. */
async function boxOf(needle) {
  return page.evaluate(({ needle, sel }) => {
    for (const line of document.querySelectorAll(`${sel} .view-lines .view-line`)) {
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      const i = text.indexOf(needle);
      if (i < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0; let node; let start; let end;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (!start && i < pos + len) start = [node, i - pos];
        if (start && i + needle.length <= pos + len) { end = [node, i + needle.length - pos]; break; }
        pos += len;
      }
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, { needle, sel: EDITOR });
}

/** Hovers `needle` like a person (move away, then onto its second character) until a hover containing `want` shows. */
async function hover(needle, want) {
  const deadline = Date.now() + 45_000;
  let last = '';
  while (Date.now() < deadline) {
    const box = await boxOf(needle);
    if (!box) throw new Error(`"${needle}" is not visible in the editor`);
    const perChar = box.width / needle.length;
    await page.mouse.move(box.x + perChar * 1.5, box.y - 3 * box.height); // off the text, so the next move is a new hover
    await page.mouse.move(box.x + perChar * 1.5, box.y + box.height / 2, { steps: 3 });
    const widget = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    try {
      await widget.waitFor({ state: 'visible', timeout: 3000 });
      await page.waitForFunction((w) => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].some((h) => h.innerText.includes(w)), want, { timeout: 3000 });
      return await widget.innerText();
    } catch {
      last = await widget.innerText().catch(() => '');
    }
  }
  throw new Error(`no hover containing "${want}" over "${needle}"; last hover: ${JSON.stringify(last)}`);
}

/** The editor's cursor line (1-based), from the status bar ("Ln 41, Col 1"). */
async function cursorLine() {
  const text = await page.locator('[id="status.editor.selection"]').first().innerText();
  const m = /Ln (\d+)/.exec(text);
  if (!m) throw new Error(`cursor position not in the status bar: ${text}`);
  return Number(m[1]);
}

/** Moves the mouse where nothing shows a hover or tooltip (the empty part of the activity bar). */
async function parkMouse() {
  await page.mouse.move(24, 420);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
}

/** Opens the workbench on the samples (a folder, or the demo's workspace file). */
async function openWorkbench() {
  const url = process.env.WORKSPACE_FILE
    ? `${origin}/?workspace=${encodeURIComponent(process.env.WORKSPACE_FILE)}`
    : workbenchUrl(origin, { folder: workspace, extensionPath: ext || undefined });
  await page.goto(url, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Clicks the report in the Explorer tree and waits for its text in the editor. */
async function openFromExplorer() {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first();
  await row.click();
  await page.locator(`.tabs-container .tab[aria-label*="${FILE}"]`).first().waitFor();
  await page.waitForFunction((sel) => document.querySelector(`${sel} .view-lines`)?.textContent?.includes('青禾市卫生健康委员会'), EDITOR);
  await page.locator(`${EDITOR} textarea`).first().focus();
}

/**
 * Waits until each of `needles` on screen lies under a coloured decoration, and returns
 * { colours: {needle: background}, count }. Background decorations are not spans in the text:
 * Monaco draws them as `.cdr ced-*` boxes in the view-overlays layer, so text and box are matched by position.
 */
async function decorationsUnder(needles, timeout = 30_000) {
  return page.waitForFunction(({ sel, needles }) => {
    const boxes = [];
    for (const el of document.querySelectorAll(`${sel} .view-overlays [class*="ced-"]`)) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') boxes.push({ r: el.getBoundingClientRect(), bg });
    }
    const rectOf = (needle) => {
      for (const line of document.querySelectorAll(`${sel} .view-lines .view-line`)) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const i = text.indexOf(needle);
        if (i < 0) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let pos = 0; let node; let start; let end;
        while ((node = walker.nextNode())) {
          const len = node.textContent.length;
          if (!start && i < pos + len) start = [node, i - pos];
          if (start && i + needle.length <= pos + len) { end = [node, i + needle.length - pos]; break; }
          pos += len;
        }
        if (!start || !end) continue;
        const range = document.createRange();
        range.setStart(...start);
        range.setEnd(...end);
        return range.getBoundingClientRect();
      }
      return null;
    };
    const colours = {};
    for (const needle of needles) {
      const t = rectOf(needle);
      if (!t) return false;
      // A box on the same row covering (nearly) the whole text.
      const box = boxes.find(({ r }) => Math.abs(r.y + r.height / 2 - (t.y + t.height / 2)) < t.height / 2
        && Math.min(r.right, t.right) - Math.max(r.left, t.left) >= t.width * 0.9);
      if (!box) return false;
      colours[needle] = box.bg;
    }
    return { colours, count: boxes.length };
  }, { sel: EDITOR, needles }, { timeout }).then((h) => h.jsonValue());
}

/** Shows the Outline view through the Command Palette, as a person would, and waits for its rows. */
async function focusOutline() {
  await page.locator(`${EDITOR} textarea`).first().focus();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Explorer: Focus on Outline View');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.outline-pane .monaco-list-row')].some((r) => r.innerText.includes('一、2024年工作开展情况')), null, { timeout: 20_000 });
  return page.locator('.outline-pane .monaco-list-row').evaluateAll((rs) => rs.map((r) => r.innerText.trim()));
}

/** Runs a command from the Command Palette, then picks `pick` in the list it opens, if given. */
async function runCommand(command, pick, timeout) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${command}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  if (pick) await page.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().click();
}

/**
 * A second code-server with Workspace Trust on, opening a folder nobody trusted: VS Code's Restricted Mode.
 * The folder holds the sample report with a line naming a term only its workspace glossary defines.
 */
async function restrictedMode() {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-e2e-trust-'));
  const folder = path.join(run, 'untrusted');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, FILE), '今年启动蓝鲸计划。\n' + fs.readFileSync(path.join(workspace, FILE), 'utf8'));
  fs.writeFileSync(path.join(folder, 'report-lens.glossary.json'), JSON.stringify({ version: 1, entries: [{ id: 'blue', term: '蓝鲸计划', definition: '只在工作区术语表里的定义。', category: 'other' }] }));
  fs.mkdirSync(path.join(run, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(run, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false,
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'chat.disableAIFeatures': true, 'git.enabled': false, 'editor.hover.delay': 150,
  }));
  const port = await new Promise((resolve) => { import('node:net').then(({ createServer }) => { const srv = createServer().listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => resolve(p)); }); }); });
  const env = { ...process.env, RUN: run, PORT: String(port), WORKSPACE_TRUST: '1' };
  let clean = false;
  try {
    execFileSync('bash', [path.join(repo, 'scripts', 'e2e', 'start-code-server.sh'), '--vscode-option', 'enable-smoke-test-driver', folder], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    // The extension from the repository in development mode (in package mode too: what is tested here is the behaviour).
    await page.goto(workbenchUrl(`http://127.0.0.1:${port}`, { folder, extensionPath: repo }), { timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().click();
    await page.waitForFunction((sel) => document.querySelector(`${sel} .view-lines`)?.textContent?.includes('蓝鲸计划'), EDITOR, { timeout: 30_000 });
    // The built-in glossary still highlights; the workspace glossary's term does not.
    await decorationsUnder([TERM, '1.5亿元'], 90_000);
    const blue = await decorationsUnder(['蓝鲸计划'], 3000).then(() => true, () => false);
    if (blue) throw new Error('蓝鲸计划, defined only in the untrusted workspace glossary, is highlighted');
    await page.screenshot({ path: path.join(shots, 'restricted-mode.png') });
    // Tagging is refused with a message, and no .ann appears. Select the first line as a person does: click, then Shift+End.
    const first = await boxOf('今年启动蓝鲸计划');
    if (!first) throw new Error('the first line is not on screen');
    await page.mouse.click(first.x + 1, first.y + first.height / 2);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    const command = async (name) => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${name}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    await command('Report Lens: Tag Selection as Policy Term');
    // Messages without buttons hide after a while: read them in the notification centre.
    await command('Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    await center.locator('.monaco-list-row', { hasText: 'changes no glossary here' }).first().waitFor({ timeout: 20_000 });
    const said = await center.locator('.monaco-list-row', { hasText: 'with its built-in glossary only' }).count();
    if (said !== 1) throw new Error(`the Restricted Mode message shows ${said} times`);
    const written = fs.readdirSync(folder).filter((f) => f.endsWith('.ann') || f.endsWith('.lost'));
    if (written.length) throw new Error(`written in Restricted Mode: ${written.join(', ')}`);
    clean = true;
  } finally {
    // Stopped first: stop-code-server.sh reads the server's id from the run folder.
    try { execFileSync('bash', [path.join(repo, 'scripts', 'e2e', 'stop-code-server.sh')], { env, stdio: 'ignore' }); } catch { /* already stopped */ }
    if (clean) fs.rmSync(run, { recursive: true, force: true });
    else log(`Restricted Mode: logs kept in ${run}`);
  }
}

try {
  const ready = await check('workbench loads with the samples in the Explorer', openWorkbench);
  if (!ready) throw new Error('workbench did not load');
  const opened = await check('a report opens from the Explorer', openFromExplorer);
  if (!opened) throw new Error('the report did not open');

  if (demo) {
    // One picture of everything: outline on the left, coloured spans, a term's hover.
    await check('demo screenshot', async () => {
      await decorationsUnder([TERM, '1.5亿元', '青禾市中心医院'], 60_000);
      await focusOutline();
      await hover(TERM, TERM);
      await page.screenshot({ path: process.env.SHOT });
    });
    throw Object.assign(new Error('demo done'), { demo: true });
  }

  await check('decorations: terms, figures and organisations are highlighted with background colours', async () => {
    const { colours, count } = await decorationsUnder([TERM, '1.5亿元', '青禾市中心医院']);
    log(`coloured decoration boxes on screen: ${count}; term ${colours[TERM]}, figure ${colours['1.5亿元']}, org ${colours['青禾市中心医院']}`);
    if (new Set(Object.values(colours)).size !== 3) throw new Error(`term, figure and organisation share a colour: ${JSON.stringify(colours)}`);
    if (count < 20) throw new Error(`only ${count} coloured spans on screen`);
    await parkMouse();
    await page.screenshot({ path: path.join(shots, 'decorations.png') });
  });

  await check('hover on a policy term shows its definition', async () => {
    const text = await hover(TERM, TERM);
    log('term hover:', JSON.stringify(text.slice(0, 160)));
    if (text.replace(/\s/g, '').length < TERM.length + 15) throw new Error(`hover has no definition: ${text}`);
    await page.screenshot({ path: path.join(shots, 'hover-term.png') });
  });

  await check('hover on an organisation shows its kind and the alias it goes by', async () => {
    await parkMouse();
    const text = await hover(ORG, '青禾市第一人民医院');
    log('org hover:', JSON.stringify(text.slice(0, 160)));
    if (!/hospital|医院/.test(text.replace(ORG, '').replace('青禾市第一人民医院', ''))) throw new Error(`hover lacks the kind: ${text}`);
    await page.screenshot({ path: path.join(shots, 'hover-org.png') });
  });

  await check('the Outline lists the sections and a click jumps to one', async () => {
    await parkMouse();
    const names = await focusOutline();
    log('outline rows:', JSON.stringify(names.slice(0, 6)));
    // Give the Outline the whole side bar, as one does with a long report: collapse the folder section.
    const folders = page.locator('.pane:has(.explorer-folders-view) > .pane-header[aria-expanded="true"]').first();
    if (await folders.count()) await folders.click();
    // Scroll the Outline like a person until the section shows (the list renders only what fits).
    const row = page.locator('.outline-pane .monaco-list-row', { hasText: SECTION }).first();
    for (let i = 0; i < 30 && !(await row.isVisible()); i++) {
      const box = await page.locator('.outline-pane .monaco-list').first().boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(50); // one frame for the list to render the scrolled rows
    }
    const before = await cursorLine();
    const visibleBefore = !!(await boxOf(SECTION));
    await row.click();
    const expected = fs.readFileSync(path.join(workspace, FILE), 'utf8').split('\n').findIndex((l) => l.startsWith(SECTION)) + 1;
    const deadline = Date.now() + 10_000;
    let line = await cursorLine();
    while (line !== expected && Date.now() < deadline) { await page.waitForTimeout(100); line = await cursorLine(); }
    if (line !== expected) throw new Error(`cursor on line ${line} (was ${before}), expected the heading's line ${expected}`);
    if (visibleBefore) throw new Error(`${SECTION} was already on screen: the jump cannot be seen (window too tall?)`);
    if (!(await boxOf(SECTION))) throw new Error(`${SECTION} is not visible in the editor after the jump`);
    log(`jumped from line ${before} to ${line}; the heading scrolled into view`);
    await page.mouse.move(24, 420);
    await page.screenshot({ path: path.join(shots, 'outline.png') });
  });

  await check('the Get Started walkthrough has its five steps, and its button opens the sample report beside it', async () => {
    await parkMouse();
    await runCommand('Welcome: Open Walkthrough', 'Get Started with Report Lens');
    const steps = page.locator('.getting-started-step');
    await page.waitForFunction(() => document.querySelectorAll('.getting-started-step').length >= 5, null, { timeout: 20_000 });
    const titles = (await steps.evaluateAll((els) => els.map((e) => e.innerText.split('\n')[0].trim())));
    const want = ['Open a sample report', 'Hover a term', 'Jump through the Outline', 'Tag a span', 'Export'];
    if (JSON.stringify(titles) !== JSON.stringify(want)) throw new Error(`steps: ${JSON.stringify(titles)}`);
    // The first step's picture is shipped in the package and loads from it.
    await page.waitForFunction(() => [...document.querySelectorAll('.getting-started-media img')].some((i) => i.complete && i.naturalWidth > 0), null, { timeout: 20_000 });
    await page.screenshot({ path: path.join(shots, 'walkthrough.png') });
    await page.getByRole('button', { name: 'Open the Sample Report' }).click();
    const tab = page.locator(`.tabs-container .tab[aria-label*="${FILE}"]`).first();
    await tab.waitFor({ timeout: 30_000 });
    await decorationsUnder([TERM, '1.5亿元', '青禾市中心医院'], 30_000);
    // Step done: VS Code ticks it when the step's command ran.
    await page.waitForFunction(() => document.querySelector('.getting-started-step[data-step-id$="#openSample"]')?.getAttribute('aria-checked') === 'true', null, { timeout: 10_000 });
  });

  await check("the walkthrough's tag step shows its page (markdown media, in the display language's file)", async () => {
    await page.locator('.getting-started-step', { hasText: 'Tag a span' }).first().click();
    const deadline = Date.now() + 20_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      for (const f of page.frames()) {
        const text = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.includes('Tag what Report Lens missed') && text.includes('report.ann')) found = true;
      }
      if (!found) await page.waitForTimeout(200); // poll interval
    }
    if (!found) throw new Error('media/walkthrough/tag.md is not shown');
  });

  if (process.env.EXT_DIR) {
    await check("the installed extension's page shows its icon and README", async () => {
      await runCommand('Extensions: Show Installed Extensions');
      await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Report Lens' }).first().click();
      await page.waitForFunction(() => [...document.querySelectorAll('.extension-editor img.icon')].some((i) => i.complete && i.naturalWidth === 128), null, { timeout: 20_000 });
      const deadline = Date.now() + 20_000;
      let readme;
      while (!readme && Date.now() < deadline) {
        for (const f of page.frames()) {
          const r = await f.evaluate(() => ({ text: document.body?.innerText ?? '', images: document.images.length })).catch(() => undefined);
          if (r?.text.includes('Pictures of each feature are in the walkthrough')) readme = r;
        }
        if (!readme) await page.waitForTimeout(200); // poll interval
      }
      if (!readme) throw new Error('the README is not on the extension page');
      if (readme.images) throw new Error(`the README page has ${readme.images} images, which VS Code shows broken (only http(s) sources)`);
      if (!readme.text.includes('policy terms')) throw new Error(readme.text.slice(0, 300));
      await page.screenshot({ path: path.join(shots, 'extension-page.png') });
    });
  }

  // ------------------------------------------------ reliability and trust (issue 11)
  await check('after a reload, a report opened while the extension starts gets its Outline without any help', async () => {
    // A reload starts a new workbench, extension host and language server: the Outline's first requests come
    // as the server starts, before the glossaries load.
    await page.reload({ timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // VS Code restores the editors and the side bar of the checks before (the walkthrough, which takes the
    // focus, and the Extensions view): once the report's tab is back, the report is made the active editor, with
    // the Outline showing. This happens while the extension host is still starting, on a loaded machine.
    const tab = page.locator(`.tabs-container .tab[aria-label*="${FILE}"]`).first();
    await tab.waitFor({ timeout: 60_000 });
    // The report is opened by its restored tab. For a while after a reload the workbench goes on restoring (code-server's
    // welcome page, then the walkthrough, come up and take the focus), and an F1 pressed then opens no Command Palette
    // (a clean clone's run and runs here waited 20 s for it, or for the Explorer's folder section, through which the
    // report was opened before): the palette is asked again until it opens, and the report's tab clicked again after.
    for (let attempt = 1; ; attempt++) {
      await tab.click();
      try {
        await runCommand('Explorer: Focus on Outline View', undefined, 5_000);
        break;
      } catch (e) {
        if (attempt === 12) throw e;
        await page.keyboard.press('Escape');
      }
    }
    await tab.click();
    // The workbench may go on restoring after that: in a clean clone's run and in runs here the walkthrough,
    // restored in the other editor group, came up after the click and took the focus, and the Outline then
    // said "The active editor cannot provide outline information" for as long as anyone waited. Whenever
    // another editor is active, the report's tab is clicked again, as a person would. That asks nothing of
    // the extension: VS Code keeps the symbols it got for this version of the report, so an empty or missing
    // first answer from the server still leaves the Outline empty and fails the check.
    const state = () =>
      page.evaluate((file) => {
        const group = document.querySelector('.editor-group-container.active');
        return {
          reportActive: !!group?.querySelector(`.tab.active[aria-label*="${file}"]`),
          outlined: [...document.querySelectorAll('.outline-pane .monaco-list-row')].some((r) => r.innerText.includes('一、2024年工作开展情况')),
          outline: document.querySelector('.outline-pane')?.innerText.slice(0, 300) ?? null,
          activeTab: group?.querySelector('.tab.active')?.getAttribute('aria-label') ?? null,
        };
      }, FILE);
    const deadline = Date.now() + 120_000;
    let clicks = 0;
    // (So is the Outline view shown again when the side bar went on restoring another view over it, the Extensions
    // view of the check before: a clean clone's run waited 120 s with the report active and no Outline pane at all.)
    let refocused = 0;
    let refocusAt = 0;
    for (let s = await state(); !s.outlined; s = await state()) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: path.join(shots, 'outline-after-reload.png') }).catch(() => undefined);
        throw new Error(`no sections in the Outline after 120 s (the report's tab clicked ${clicks} more times, the Outline view shown ${refocused} more times): ${JSON.stringify(s)}`);
      }
      if (!s.reportActive) {
        clicks++;
        log(`another editor is active (${s.activeTab}): clicking the report's tab again`);
        await tab.click().catch(() => undefined);
      } else if (s.outline === null && Date.now() > refocusAt) {
        refocused++;
        refocusAt = Date.now() + 5_000;
        log('the Outline view is not shown: showing it again');
        await runCommand('Explorer: Focus on Outline View', undefined, 5_000).catch(() => page.keyboard.press('Escape'));
        await tab.click().catch(() => undefined);
      }
      await page.waitForTimeout(500); // poll interval
    }
    const rows = await page.locator('.outline-pane .monaco-list-row').count();
    if (rows < 3) throw new Error(`only ${rows} rows in the Outline`);
  });

  await check('Restricted Mode: built-in highlighting only, no workspace glossary, no .ann written, said once', restrictedMode);
} catch (e) {
  if (!e.demo) log('stopped:', e.message);
} finally {
  await browser.close().catch(() => {});
}
log(`${passed} passed, ${failed} failed`);
if (process.env.RESULTS) fs.writeFileSync(process.env.RESULTS, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
