import { expect, test } from "vitest";
import { checkIsoDate, checkPeriod, dateSpan } from "../../src/pipeline/dates.ts";

test("checkIsoDate('2023-02-29') is impossible, '2024-02-29' fine", () => {
  expect(checkIsoDate("2023-02-29")).toBe("day 29 does not exist in 2023-02");
  expect(checkIsoDate("2024-02-29")).toBeNull();
  expect(checkIsoDate("2023-13")).toBe("month 13 does not exist");
  expect(checkIsoDate("23-01-01")).toMatch(/not a date/);
});

test("dateSpan(date, precision) gives the days a date can mean", () => {
  expect(dateSpan("2023-04-12", "day")).toEqual({ start: "2023-04-12", end: "2023-04-12" });
  expect(dateSpan("2024-02", "month")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  expect(dateSpan("2023", "year_end")).toEqual({ start: "2023-12-01", end: "2023-12-31" });
  expect(dateSpan("2024", "year")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  expect(dateSpan("2023-H1", "half")).toEqual({ start: "2023-01-01", end: "2023-06-30" });
  expect(dateSpan("2023-Q3", "quarter")).toEqual({ start: "2023-07-01", end: "2023-09-30" });
});

test("dateSpan(date, precision) refuses a date written for another precision", () => {
  expect(dateSpan("2023-04", "day")).toEqual({ error: "a date of precision day is written YYYY-MM-DD" });
  expect(dateSpan("2023-04-31", "day")).toEqual({ error: "day 31 does not exist in 2023-04" });
});

test("checkPeriod(text) reads years, halves, months and ranges, and refuses reversed ranges", () => {
  for (const ok of ["2023", "2023-H1", "2023-Q2", "2023-05", "2023-05-08", "2023-01/2023-04"]) {
    expect(checkPeriod(ok)).toBeNull();
  }
  expect(checkPeriod("2023-04/2023-01")).toBe("a range must end after it starts");
  expect(checkPeriod("mid 2023")).toMatch(/period must be/);
});
