// Task pane entry. Inside Excel the pane works on the open workbook; opened as a plain web page (Office.js
// resolves with no host, or failed to load because the machine is offline) it works on an .xlsx file.
// Each host is a lazily loaded chunk, so Excel never downloads the file reader and the web page never
// downloads the Office.js adapter.
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { PaneController } from "./controller";
import type { WorkbookHost } from "./host";
import type { Planner } from "./planner";
import type { Lang } from "./i18n";
import { pageVisibility, whenPaneShown } from "./visibility";

const LANG_KEY = "skj.lang";

/**
 * Whether Office opened this page: it adds the host's details to the add-in's URL (_host_Info).
 * Only then is it worth waiting for office.js, however long it takes; a plain web page must not
 * depend on Microsoft's CDN (offline or intranet agencies are exactly the file-mode users).
 */
function insideOffice(): boolean {
  try {
    return /[?&#]_host_Info=/i.test(window.location.href) || /_host_Info/i.test(window.name);
  } catch {
    return false;
  }
}

/** office.js is loaded async (taskpane.html): resolves when it has run, false if it failed. */
function officeScript(): Promise<boolean> {
  if (typeof Office !== "undefined") return Promise.resolve(true);
  const script = document.getElementById("office-js");
  if (!script) return Promise.resolve(false);
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(typeof Office !== "undefined"));
    script.addEventListener("error", () => resolve(false));
  });
}

/** The Office host's name once Office.onReady answers (null outside Office or without office.js). */
async function officeHost(): Promise<string | null> {
  if (!(await officeScript())) return null;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  return new Promise((resolve) => {
    try {
      Office.onReady((info) => resolve(info?.host ? String(info.host) : null));
    } catch {
      resolve(null);
    }
  });
}

function savedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === "en" ? "en" : "id";
  } catch {
    return "id"; // storage can be blocked (private mode, some Office webviews)
  }
}

/** The host, and the planner that makes previews and plans in a worker (README: what runs where). */
async function createHost(host: string | null): Promise<{ host: WorkbookHost; planner: Planner }> {
  if (host === "Excel") {
    const [{ createExcelHost }, { WorkerPlanner }, { spawnFileWorker }] = await Promise.all([
      import(/* webpackChunkName: "excel-host" */ "./hosts/excelHost"),
      import(/* webpackChunkName: "excel-host" */ "./hosts/workerPlanner"),
      import(/* webpackChunkName: "file-host" */ "./hosts/spawnWorker"),
    ]);
    // A second workbook (the employee list) is a file: its reader is loaded when one is added.
    return {
      host: {
        ...createExcelHost(),
        readOtherWorkbook: async (file) => (await fileHost()).readOtherWorkbook(file),
      },
      planner: new WorkerPlanner({ createWorker: spawnFileWorker }),
    };
  }
  // File mode: the worker that read the file also plans and writes it.
  const files = await fileHost();
  return { host: files, planner: files };
}

async function fileHost() {
  const [{ createFileHost }, { spawnFileWorker }] = await Promise.all([
    import(/* webpackChunkName: "file-host" */ "./hosts/fileHost"),
    import(/* webpackChunkName: "file-host" */ "./hosts/spawnWorker"),
  ]);
  return createFileHost({ createWorker: spawnFileWorker });
}

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  let current = 0;
  let started: string | null = null;
  const start = async (hostName: string | null): Promise<void> => {
    const kind = hostName === "Excel" ? "excel" : "file";
    if (started === kind) return;
    started = kind;
    const mine = ++current;
    const { host, planner } = await createHost(hostName);
    if (mine !== current) return; // a later start (Office answered) replaced this one
    const controller = new PaneController(host, { lang: savedLang(), planner });
    let lang = controller.getState().lang;
    controller.subscribe(() => {
      const next = controller.getState().lang;
      if (next === lang) return;
      lang = next;
      try {
        window.localStorage.setItem(LANG_KEY, next);
      } catch {
        // Not remembering the language is harmless.
      }
    });
    // Office's theme can change while the pane is open (Excel follows it).
    host.watchTheme?.((theme) => controller.setTheme(theme));
    // The system's colours can change while the page is open (file mode follows them).
    if (host.theme && typeof matchMedia === "function") {
      for (const query of ["(prefers-color-scheme: dark)", "(forced-colors: active)"])
        matchMedia(query).addEventListener?.("change", () => controller.setTheme(host.theme!()));
    }
    root.render(
      <App
        controller={controller}
        capabilities={{ selection: !!host.readSelection, selectCell: !!host.selectCell }}
      />
    );
    // Excel: read the open workbook once the pane is shown (file mode waits for a file).
    if (host.kind === "excel") whenPaneShown(pageVisibility(), () => void controller.load());
  };

  if (insideOffice()) {
    // Inside Office: no time limit; the pane is Excel's once Office is ready.
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Spinner label="Memuat…" style={{ marginTop: 48 }} />
      </FluentProvider>
    );
    await start(await officeHost());
    return;
  }
  // A web page: file mode at once. Should office.js arrive and find Excel after all (a host that
  // does not say so in the URL), the pane becomes Excel's.
  void officeHost().then((name) => (name === "Excel" ? start(name) : undefined));
  await start(null);
}

void main();
