import { columnLetters } from "../../../src/file/package/refs";

test("column letters", () => {
  expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "ZZ",
    "AAA",
    "XFD",
  ]);
});
