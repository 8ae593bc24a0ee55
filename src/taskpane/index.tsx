// Task pane entry. Inside Excel the pane works on the open workbook; opened as a plain web page (Office.js
// resolves with no host, or failed to load because the machine is offline) it works on an .xlsx file.
// Each host is a lazily loaded chunk, so Excel never downloads the file reader and the web page never
// downloads the Office.js adapter.
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { PaneController } from "./controller";
import type { WorkbookHost } from "./host";
import type { Lang } from "./i18n";
import { pageVisibility, whenPaneShown } from "./visibility";

/** Outside Office, office.js may never call back; after this long the page assumes it is a web page. */
const OFFICE_READY_TIMEOUT_MS = 10_000;
const LANG_KEY = "skj.lang";

function officeHost(): Promise<string | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
    try {
      Office.onReady((info) => {
        clearTimeout(timer);
        resolve(info?.host ? String(info.host) : null);
      });
    } catch {
      clearTimeout(timer);
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

async function createHost(host: string | null): Promise<WorkbookHost> {
  if (host === "Excel") {
    const { createExcelHost } = await import(
      /* webpackChunkName: "excel-host" */ "./hosts/excelHost"
    );
    // A second workbook (the employee list) is a file: its reader is loaded when one is added.
    return {
      ...createExcelHost(),
      readOtherWorkbook: async (file) => (await fileHost()).readOtherWorkbook(file),
    };
  }
  return fileHost();
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
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Memuat…" style={{ marginTop: 48 }} />
    </FluentProvider>
  );
  const host = await createHost(await officeHost());
  const controller = new PaneController(host, { lang: savedLang() });
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
  const excel = host.kind === "excel";
  root.render(
    <App
      controller={controller}
      capabilities={{ selection: !!host.readSelection, selectCell: !!host.selectCell }}
    />
  );
  // Excel: read the open workbook once the pane is shown (file mode waits for a file).
  if (excel) whenPaneShown(pageVisibility(), () => void controller.load());
}

void main();
