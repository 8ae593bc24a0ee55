// Ribbon commands. The Home-tab button opens the task pane through the manifest (ShowTaskpane), so no
// ExecuteFunction handler is needed yet; the entry exists so that the shared runtime has its command surface.
// Outside Office (file mode without network) Office.js may be missing: never let that break the page.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
