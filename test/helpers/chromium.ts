// Debian's Chromium driven by playwright-core, for the task pane's browser tests: one browser per test file,
// a fresh context (storage, downloads) per test, every request recorded. The only outside script the page
// may load, Office.js, is answered from node_modules/@microsoft/office-js; any other request that would
// leave the machine is aborted and recorded, so a test can show that nothing was attempted.
import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, BrowserContext, chromium, Page, Request, Route } from "playwright-core";
import { ROOT } from "./build";
import { mimeType, StaticServer } from "./staticServer";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_PACKAGE = "chromium";
export const OFFICE_JS_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Fails (never skips) when the browser is missing, naming the package that provides it. */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed (${CHROMIUM} is missing). Install the Debian package: ` +
        `apt-get install -y ${CHROMIUM_PACKAGE}`
    );
  }
  if (!fs.existsSync(path.join(OFFICE_JS_DIST, "office.js"))) {
    throw new Error(
      `${OFFICE_JS_DIST}/office.js is missing: run npm ci (devDependency @microsoft/office-js).`
    );
  }
}

/**
 * Playwright's launch() gives every browser a fresh temporary user-data dir of its own and deletes it
 * on close (it refuses a --user-data-dir argument), so no profile state leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

export interface RequestRecord {
  url: string;
  /** Set when the request failed; "csp" when Chromium's CSP check stopped it before the network. */
  failure?: string;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Every request Chromium reported, page and workers. */
  requests: Request[];
  /** Non-local requests that reached the network layer (Playwright's interception) and were fulfilled from disk. */
  officeJsServed: string[];
  /** Non-local requests that reached the network layer and were aborted. */
  aborted: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** The requests with their outcome, once the page is done. */
  requestRecords(): RequestRecord[];
  close(): Promise<void>;
}

export interface PaneOptions {
  width?: number;
  height?: number;
  /** "hang": Microsoft's CDN never answers (a blocked or very slow network); default: served. */
  officeJs?: "serve" | "hang";
  /** A script answered in place of office.js (a fake Office for the Excel pane). */
  officeJsFile?: string;
  /** Appended to taskpane.html's URL (e.g. "?_host_Info=…", as Office opens the pane). */
  query?: string;
  /** The test id that says the page is ready (default: file mode's "open-file"). */
  readyTestId?: string;
}

/** A new context and page on the pane (dist/taskpane.html), with Office.js served locally. */
export async function openPane(
  browser: Browser,
  server: StaticServer,
  options: PaneOptions = {}
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 720 },
    acceptDownloads: true,
    locale: "id-ID",
  });
  const requests: Request[] = [];
  const officeJsServed: string[] = [];
  const aborted: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (r) => requests.push(r));

  const local = (url: URL) => url.origin === server.origin;
  await context.route(
    (url) => !local(url),
    async (route: Route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_JS_PREFIX) && options.officeJs === "hang") {
        // Never answered: the request stays open until the context closes.
        return;
      }
      if (url.startsWith(OFFICE_JS_PREFIX) && options.officeJsFile) {
        officeJsServed.push(url);
        await route.fulfill({
          status: 200,
          path: options.officeJsFile,
          contentType: "text/javascript",
        });
        return;
      }
      if (url.startsWith(OFFICE_JS_PREFIX)) {
        const rel = decodeURIComponent(new URL(url).pathname).slice("/lib/1/hosted/".length);
        const file = path.resolve(OFFICE_JS_DIST, rel);
        if (file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file)) {
          officeJsServed.push(url);
          await route.fulfill({
            status: 200,
            path: file,
            contentType: mimeType(file),
          });
          return;
        }
      }
      aborted.push(url);
      await route.abort("blockedbyclient");
    }
  );

  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  // A hanging office.js (async) holds back the load event, not the page: wait for the DOM only.
  await page.goto(`${server.origin}/taskpane.html${options.query ?? ""}`, {
    waitUntil: options.officeJs === "hang" ? "domcontentloaded" : "load",
  });
  // File mode is on at once (office.js loads async and is not waited for outside Office).
  await page.getByTestId(options.readyTestId ?? "open-file").waitFor();

  return {
    context,
    page,
    requests,
    officeJsServed,
    aborted,
    pageErrors,
    consoleErrors,
    requestRecords: () =>
      requests.map((r) => {
        const failure = r.failure()?.errorText;
        return failure ? { url: r.url(), failure } : { url: r.url() };
      }),
    close: () => context.close(),
  };
}
