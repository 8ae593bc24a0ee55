/**
 * @jest-environment jsdom
 */
// The pane reads the workbook only once it is shown, not when Excel starts the shared runtime hidden.
import { pageVisibility, whenPaneShown, VisibilitySources } from "../../src/taskpane/visibility";

function sources(visible: boolean) {
  const handlers: { page: (() => void)[]; pane: (() => void)[] } = { page: [], pane: [] };
  const s: VisibilitySources = {
    isVisible: () => visible,
    onVisible: (h) => handlers.page.push(h),
    onPaneShown: (h) => handlers.pane.push(h),
  };
  return { s, handlers };
}

describe("whenPaneShown", () => {
  it("runs at once when the pane is visible, and only once", () => {
    const { s, handlers } = sources(true);
    let runs = 0;
    whenPaneShown(s, () => runs++);
    expect(runs).toBe(1);
    expect(handlers.page).toHaveLength(0);
  });

  it("waits while hidden, then runs once on the first of Office's or the page's signal", () => {
    const { s, handlers } = sources(false);
    let runs = 0;
    whenPaneShown(s, () => runs++);
    expect(runs).toBe(0);
    handlers.pane[0]();
    handlers.page[0]();
    handlers.pane[0]();
    expect(runs).toBe(1);
  });
});

describe("pageVisibility", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("follows document.visibilityState and Office's Taskpane mode", async () => {
    let state: DocumentVisibilityState = "hidden";
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
    let officeHandler: ((m: { visibilityMode: string }) => void) | undefined;
    (globalThis as { Office?: unknown }).Office = {
      addin: {
        onVisibilityModeChanged: (h: (m: { visibilityMode: string }) => void) => {
          officeHandler = h;
          return Promise.resolve(() => Promise.resolve());
        },
      },
    };
    let runs = 0;
    whenPaneShown(pageVisibility(document), () => runs++);
    expect(runs).toBe(0);
    officeHandler!({ visibilityMode: "Hidden" });
    expect(runs).toBe(0);
    officeHandler!({ visibilityMode: "Taskpane" });
    expect(runs).toBe(1);

    // Without Office's event, the page becoming visible is enough.
    delete (globalThis as { Office?: unknown }).Office;
    let pageRuns = 0;
    whenPaneShown(pageVisibility(document), () => pageRuns++);
    state = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(pageRuns).toBe(1);
  });

  it("an onVisibilityModeChanged that throws at once does not escape; the page's visibility still counts", () => {
    let state: DocumentVisibilityState = "hidden";
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
    (globalThis as { Office?: unknown }).Office = {
      addin: {
        onVisibilityModeChanged: () => {
          throw new Error("not supported here");
        },
      },
    };
    let runs = 0;
    expect(() => whenPaneShown(pageVisibility(document), () => runs++)).not.toThrow();
    state = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(runs).toBe(1);
  });

  describe("Excel on the web with a shared runtime (a hidden runtime may report visible)", () => {
    let width = 0;
    let onPane: ((m: { visibilityMode: string }) => void) | undefined;
    beforeEach(() => {
      width = 0;
      onPane = undefined;
      Object.defineProperty(document, "visibilityState", {
        configurable: true,
        get: () => "visible",
      });
      Object.defineProperty(window, "innerWidth", { configurable: true, get: () => width });
    });

    function office(platform: string) {
      (globalThis as { Office?: unknown }).Office = {
        context: { platform },
        addin: {
          onVisibilityModeChanged: (h: (m: { visibilityMode: string }) => void) => {
            onPane = h;
            return Promise.resolve(() => Promise.resolve());
          },
        },
      };
    }

    it("a 'visible' page without a size waits for Office's Taskpane event", () => {
      office("OfficeOnline");
      let runs = 0;
      whenPaneShown(pageVisibility(document), () => runs++);
      expect(runs).toBe(0);
      onPane!({ visibilityMode: "Taskpane" });
      expect(runs).toBe(1);
    });

    it("…or for the page to get a size", () => {
      office("OfficeOnline");
      let runs = 0;
      whenPaneShown(pageVisibility(document), () => runs++);
      window.dispatchEvent(new Event("resize"));
      expect(runs).toBe(0);
      width = 360;
      window.dispatchEvent(new Event("resize"));
      onPane!({ visibilityMode: "Taskpane" });
      expect(runs).toBe(1);
    });

    it("a pane that is on screen (it has a size) reads at once", () => {
      office("OfficeOnline");
      width = 360;
      let runs = 0;
      whenPaneShown(pageVisibility(document), () => runs++);
      expect(runs).toBe(1);
    });

    it("on the desktop the page's visibility is trusted as before", () => {
      office("PC");
      let runs = 0;
      whenPaneShown(pageVisibility(document), () => runs++);
      expect(runs).toBe(1);
    });
  });
});
