// What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow, positioning). A no-op stands in;
// layout is not what these tests check.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoopResizeObserver;
