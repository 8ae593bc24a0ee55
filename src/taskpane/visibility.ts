// With a shared runtime the pane's page also loads when Excel starts the runtime hidden (to calculate
// =SKJ.* formulas when a workbook opens). Reading every sheet then would cost time for nothing, so the
// workbook is read the first time the pane is actually shown. On the web such a hidden runtime may report
// itself visible, so there the page must also have a size, or Office must say the pane is shown.

export interface VisibilitySources {
  /** The page's own visibility (document.visibilityState and its change event). */
  isVisible: () => boolean;
  onVisible: (handler: () => void) => void;
  /** Office.addin.onVisibilityModeChanged (SharedRuntime 1.1), when present. */
  onPaneShown?: (handler: () => void) => void;
  /**
   * Where the page's "visible" is no proof (Excel on the web with a shared runtime: a runtime started
   * hidden may report visible), a real sign that the page is on screen: it has a size. Without it the
   * first read waits for Office's event or for the page to get one.
   */
  onScreen?: { now: () => boolean; onChange: (handler: () => void) => void };
}

/** Calls `run` once: now when the pane shows already, else the first time it is shown. */
export function whenPaneShown(sources: VisibilitySources, run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const screen = sources.onScreen;
  const shown = () => sources.isVisible() && (!screen || screen.now());
  if (shown()) {
    once();
    return;
  }
  sources.onVisible(() => {
    if (shown()) once();
  });
  screen?.onChange(() => {
    if (shown()) once();
  });
  // Office's word is proof on its own.
  sources.onPaneShown?.(once);
}

/** Excel on the web (where a hidden shared runtime may report itself visible). */
function onTheWeb(): boolean {
  try {
    const context = typeof Office !== "undefined" ? Office.context : undefined;
    return String(context?.platform ?? context?.diagnostics?.platform ?? "") === "OfficeOnline";
  } catch {
    return false;
  }
}

/** The browser's and Office's sources. */
export function pageVisibility(doc: Document = document): VisibilitySources {
  const addin = typeof Office !== "undefined" ? Office.addin : undefined;
  const win = doc.defaultView;
  const officeTells = !!addin && typeof addin.onVisibilityModeChanged === "function";
  return {
    ...(officeTells && onTheWeb() && win
      ? {
          onScreen: {
            now: () => win.innerWidth > 0 && win.innerHeight > 0,
            onChange: (handler: () => void) => win.addEventListener("resize", handler),
          },
        }
      : {}),
    isVisible: () => doc.visibilityState !== "hidden",
    onVisible: (handler) =>
      doc.addEventListener("visibilitychange", () => {
        if (doc.visibilityState !== "hidden") handler();
      }),
    ...(addin && typeof addin.onVisibilityModeChanged === "function"
      ? {
          onPaneShown: (handler: () => void) => {
            // An Excel without SharedRuntime 1.1 events still has the page's own visibility; the
            // call may throw at once as well as reject.
            try {
              void Promise.resolve(
                addin.onVisibilityModeChanged((m) => {
                  if (String(m.visibilityMode) === "Taskpane") handler();
                })
              ).catch(() => undefined);
            } catch {
              // as above
            }
          },
        }
      : {}),
  };
}
