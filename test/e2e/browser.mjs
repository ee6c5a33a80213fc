// Shared by the Playwright scripts: launching Debian's Chromium headless, and URLs that open a
// folder in code-server with the extension loaded in development mode.
import { chromium } from 'playwright-core';

/** Launches Chromium (CHROMIUM or /usr/bin/chromium) headless, with everything that phones home turned off. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: !process.env.HEADFUL,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=en-US'],
  });
}

/**
 * The code-server URL that opens `folder` with the extension at `extensionPath` loaded in development
 * mode (code-server must run with `--vscode-option enable-smoke-test-driver`), and, when `testsPath`
 * is given, runs that test module in the extension host.
 */
export function workbenchUrl(origin, { folder, extensionPath, testsPath }) {
  const authority = new URL(origin).host;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`]);
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${testsPath}`]);
  let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A logger that prefixes lines with the seconds since start. */
export function logger(name) {
  const t0 = Date.now();
  return (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
}
