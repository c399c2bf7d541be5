// Opens a local HTML file in Debian's Chromium (headless, network off), counts the elements matching
// a CSS selector, and saves a screenshot:  node screenshot.mjs page.html out.png 'svg#treemap rect'
// Prints the count; exits 1 when the page logs an error or a request leaves file://.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page, out, selector] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => { console.error(`page error: ${e.message}`); failed = true; });
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    console.error(`blocked network request: ${route.request().url()}`);
    failed = true;
    return route.abort();
  });
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector(selector, { timeout: 15000 });
  console.log(await tab.locator(selector).count());
  await tab.screenshot({ path: out, fullPage: false });
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
