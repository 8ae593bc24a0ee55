/** @jest-environment jsdom */
// The options a clerk of a large agency uses: 40 units listed by name with a search box; and Office's theme
// followed while the pane is open (issue 19, item 10).
import "./dom";
import { startPane } from "./renderPane";
import { render, screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { sortUnits } from "../../src/taskpane/components/UnitFilter";
import { PaneController } from "../../src/taskpane/controller";
import {
  followOfficeTheme,
  OfficeThemeSource,
  THEME_POLL_MS,
} from "../../src/taskpane/hosts/excelHost";
import type { PaneTheme } from "../../src/taskpane/host";
import { simpleTable, workbook } from "../helpers/grid";
import { fakeHost } from "./fakeHost";

/** Forty units, written in the order a staff database exports them (not by name). */
const UNITS = Array.from({ length: 40 }, (_, i) => {
  const n = (i * 17) % 40; // a fixed shuffle
  return n % 4 === 0
    ? `Bidang ${n + 1}`
    : n % 4 === 1
      ? `Kecamatan ${n + 1}`
      : `UPT Puskesmas ${n + 1}`;
}).concat(["Bidang Mutasi dan Promosi", "Badan Kepegawaian Daerah"]);

async function start() {
  const rows = UNITS.map((unit, i) => ({
    nip: String(198001012005011000 + i).padStart(18, "0"),
    name: `Pegawai ${i + 1}`,
    position: "Kepala Seksi",
    grade: "Eselon IV.a",
    unit,
    scores: [2, 2, 2, 2, 2, 2, 2, 2, 2],
  }));
  const { controller, user } = await startPane(workbook(simpleTable(rows)));
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  return { controller, user };
}

/** A multiselect list's options are checkable menu items. */
const optionNames = async () =>
  (await screen.findAllByRole("menuitemcheckbox")).map((o) => o.textContent);

test("units are sorted by name, numbers as numbers", () => {
  expect(sortUnits(["Bidang 10", "bidang 2", "Aula", "Bidang 1"])).toEqual([
    "Aula",
    "Bidang 1",
    "bidang 2",
    "Bidang 10",
  ]);
});

test("42 units: listed by name, narrowed by the search box, the chosen ones kept", async () => {
  const { controller, user } = await start();
  await user.click(screen.getByTestId("option-units"));
  const all = await optionNames();
  expect(all).toEqual(sortUnits(UNITS));
  expect(all[0]).toBe("Badan Kepegawaian Daerah");
  expect(all.indexOf("Bidang 5")).toBeLessThan(all.indexOf("Bidang 13"));
  await user.keyboard("{Escape}");

  // Case, spaces and punctuation do not matter.
  await user.type(screen.getByTestId("option-units-search"), "puskesmas  2");
  expect(screen.getByTestId("option-units-matching").textContent).toBe("5 dari 42 unit cocok.");
  await user.click(screen.getByTestId("option-units"));
  const puskesmas2 = sortUnits(UNITS).filter((u) => /^UPT Puskesmas 2/.test(u));
  expect(puskesmas2).toHaveLength(5);
  expect(await optionNames()).toEqual(puskesmas2);
  await user.click(screen.getByRole("menuitemcheckbox", { name: "UPT Puskesmas 23" }));
  await user.keyboard("{Escape}");
  expect(controller.getState().options.units).toEqual(["UPT Puskesmas 23"]);

  // Another search: the chosen unit stays in the list beside the matches.
  await user.clear(screen.getByTestId("option-units-search"));
  await user.type(screen.getByTestId("option-units-search"), "mutasi");
  expect(screen.getByTestId("option-units-matching").textContent).toBe("1 dari 42 unit cocok.");
  await user.click(screen.getByTestId("option-units"));
  expect(await optionNames()).toEqual(["Bidang Mutasi dan Promosi", "UPT Puskesmas 23"]);
  await user.keyboard("{Escape}");

  await user.clear(screen.getByTestId("option-units-search"));
  await user.type(screen.getByTestId("option-units-search"), "xyz");
  expect(screen.getByTestId("option-units-matching").textContent).toBe(
    "Tidak ada unit yang cocok."
  );
});

describe("followOfficeTheme", () => {
  function fakeOffice(
    theme: { bodyBackgroundColor: string; isDarkTheme: boolean },
    withEvent: boolean
  ) {
    let handler: ((e: { officeTheme?: typeof theme }) => void) | undefined;
    const office: OfficeThemeSource = {
      context: {
        officeTheme: theme,
        document: {
          addHandlerAsync: withEvent
            ? (type, h) => {
                if (type === "officeThemeChanged") handler = h;
              }
            : () => {
                throw new Error("not supported");
              },
        },
      },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    return { office, fire: (t: typeof theme) => handler?.({ officeTheme: t }) };
  }
  function timers() {
    const ticks: (() => void)[] = [];
    let focus: (() => void) | undefined;
    return {
      env: {
        setInterval: (f: () => void, ms: number) => {
          expect(ms).toBe(THEME_POLL_MS);
          ticks.push(f);
          return ticks.length;
        },
        clearInterval: () => ticks.splice(0),
        onFocus: (f: () => void) => {
          focus = f;
          return () => (focus = undefined);
        },
      },
      tick: () => ticks.forEach((f) => f()),
      focus: () => focus?.(),
    };
  }
  const LIGHT = { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false };
  const DARK = { bodyBackgroundColor: "#262626", isDarkTheme: true };
  const BLACK = { bodyBackgroundColor: "#000000", isDarkTheme: true };

  it("takes Office's theme-changed event where the client raises it", () => {
    const { office, fire } = fakeOffice(LIGHT, true);
    const seen: PaneTheme[] = [];
    const t = timers();
    followOfficeTheme(office, (x) => seen.push(x), t.env);
    fire(DARK);
    fire(DARK); // the same theme twice is one change
    fire(BLACK);
    expect(seen).toEqual(["dark", "highContrast"]);
  });

  it("elsewhere reads the theme again on focus and every few seconds, until stopped", () => {
    const { office } = fakeOffice(LIGHT, false);
    const seen: PaneTheme[] = [];
    const t = timers();
    const stop = followOfficeTheme(office, (x) => seen.push(x), t.env);
    t.tick();
    expect(seen).toEqual([]);
    office.context!.officeTheme = DARK;
    t.focus();
    expect(seen).toEqual(["dark"]);
    office.context!.officeTheme = LIGHT;
    t.tick();
    expect(seen).toEqual(["dark", "light"]);
    stop();
    office.context!.officeTheme = BLACK;
    t.tick();
    t.focus();
    expect(seen).toEqual(["dark", "light"]);
  });

  it("the pane's colours follow the watch", async () => {
    const host = fakeHost(workbook(simpleTable([])), "excel");
    let change!: (theme: PaneTheme) => void;
    host.theme = () => "light";
    host.watchTheme = (onChange) => {
      change = onChange;
      return () => undefined;
    };
    const controller = new PaneController(host);
    host.watchTheme((theme) => controller.setTheme(theme));
    render(<App controller={controller} />);
    // Fluent writes the theme as CSS variables of the provider's class.
    const background = () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join("")
        .match(/--colorNeutralBackground1:\s*([^;]+);/)?.[1];
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    change("dark");
    await waitFor(() => expect(background()).toBe(webDarkTheme.colorNeutralBackground1));
    expect(controller.getState().theme).toBe("dark");
  });
});
