// With a shared runtime the pane's page also loads when Excel starts the runtime hidden (to calculate
// =SKJ.* formulas when a workbook opens). Reading every sheet then would cost time for nothing, so the
// workbook is read the first time the pane is actually shown.

export interface VisibilitySources {
  /** The page's own visibility (document.visibilityState and its change event). */
  isVisible: () => boolean;
  onVisible: (handler: () => void) => void;
  /** Office.addin.onVisibilityModeChanged (SharedRuntime 1.1), when present. */
  onPaneShown?: (handler: () => void) => void;
}

/** Calls `run` once: now when the pane shows already, else the first time it is shown. */
export function whenPaneShown(sources: VisibilitySources, run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (sources.isVisible()) {
    once();
    return;
  }
  sources.onVisible(once);
  sources.onPaneShown?.(once);
}

/** The browser's and Office's sources. */
export function pageVisibility(doc: Document = document): VisibilitySources {
  const addin = typeof Office !== "undefined" ? Office.addin : undefined;
  return {
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
