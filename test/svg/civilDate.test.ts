import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/svg/civilDate.ts";

const read = (time: number): number[] => [...civilDate(time, new Int32Array(3))];
const byDate = (time: number): number[] => {
  const date = new Date(time);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
};

describe("civilDate", () => {
  it("reads the days around leap days and century years as Date does", () => {
    for (const text of ["1900-02-28", "1900-03-01", "2000-02-29", "2000-03-01", "2024-12-31", "1970-01-01", "1969-12-31", "0000-03-01", "0000-02-29"]) {
      const time = Date.parse(`${text}T00:00:00Z`);
      expect(read(time), text).toEqual(byDate(time));
    }
    expect(read(Date.UTC(2018, 9, 1))).toEqual([2018, 9, 1]);
  });

  test.prop([fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 })])("gives Date's UTC year, month and day for every time Date can hold", (time) => {
    expect(read(time)).toEqual(byDate(time));
  });
});
