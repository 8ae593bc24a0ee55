/**
 * @jest-environment jsdom
 */
// The manifest checked locally (the online validator is not reachable from every machine): well-formed,
// every resid defined, https everywhere, the SKJ namespace, a shared runtime, icons that exist.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (name: string) =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("has a GUID id and a four-part version", () => {
    expect(all("Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(all("Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("defines every resid it uses, exactly once", () => {
    const defined = new Map<string, number>();
    for (const e of ["Image", "Url", "String"].flatMap(all)) {
      const id = e.getAttribute("id");
      if (id) defined.set(id, (defined.get(id) ?? 0) + 1);
    }
    for (const [id, count] of defined) expect([id, count]).toEqual([id, 1]);
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(defined.has(r) ? r : `undefined resid ${r}`).toBe(r);
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    urls.push(...all("AppDomain").map((e) => e.textContent ?? ""));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("declares the SKJ namespace, a long-lived shared runtime and SharedRuntime 1.1", () => {
    const ns = all("Namespace")[0].getAttribute("resid")!;
    const nsString = all("String").find((e) => e.getAttribute("id") === ns)!;
    expect(nsString.getAttribute("DefaultValue")).toBe("SKJ");
    const runtime = all("Runtimes")[0].getElementsByTagName("Runtime")[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const taskpaneUrl = all("Url").find(
      (e) => e.getAttribute("id") === runtime.getAttribute("resid")
    )!;
    expect(taskpaneUrl.getAttribute("DefaultValue")).toMatch(/taskpane\.html$/);
    const set = all("Set").find((e) => e.getAttribute("Name") === "SharedRuntime")!;
    expect(set.getAttribute("MinVersion")).toBe("1.1");
    // Functions, task pane and commands share the one runtime page.
    for (const el of [
      all("Page")[0].getElementsByTagName("SourceLocation")[0],
      all("FunctionFile")[0],
    ]) {
      expect(el.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
    }
  });

  it("has a Home-tab button that shows the task pane", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = tab.getElementsByTagName("Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("points its icons at files in assets/ of the right size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const icons = [...xml.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, "assets", icon))).toBe(true);
  });
});
