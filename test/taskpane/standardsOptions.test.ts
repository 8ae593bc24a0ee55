// The pane's JF table dropdown and rounding switch reach the engine as the CLI's --standar-jf and --jpm-bulat.
import { defaultOptions, JF_TABLE_CHOICES, parseOptions } from "../../src/taskpane/options";

const today = new Date("2026-11-20T03:00:00Z");

test("the defaults leave the JF table and the rounding unset", () => {
  const parsed = parseOptions(defaultOptions(today), today);
  if (!parsed.ok) throw new Error("invalid");
  expect(parsed.run.jfTable).toBeUndefined();
  expect(parsed.run.jpmRounded).toBeUndefined();
  expect(JF_TABLE_CHOICES).toEqual(["A", "B"]);
});

test("a chosen table and the rounding switch are passed on", () => {
  const draft = {
    ...defaultOptions(today),
    jpmMethod: "mean" as const,
    jfTable: "B" as const,
    jpmRounded: true,
  };
  const parsed = parseOptions(draft, today);
  if (!parsed.ok) throw new Error("invalid");
  expect(parsed.run).toMatchObject({ jfTable: "B", jpmRounded: true, jpmMethod: "mean" });
});
