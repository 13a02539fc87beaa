import { afterEach, describe, expect, it, vi } from "vitest";
import { wholeNumberOptions } from "./whole-number-options";

const ranges = { links: { default: 200, max: 450 }, workers: { default: 4 } };

describe("wholeNumberOptions", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads given options and defaults the others", () => {
    expect(wholeNumberOptions({ links: "300" }, ranges)).toEqual({ links: 300, workers: 4 });
  });

  it.each([
    [{ links: "451" }, '--links must be a whole number from 1 to 450 (got "451").'],
    [{ workers: "0" }, '--workers must be a positive whole number (got "0").'],
    [{ workers: "2.5" }, '--workers must be a positive whole number (got "2.5").'],
    [{ links: "x" }, '--links must be a whole number from 1 to 450 (got "x").'],
  ])("ends the script with exit 2 on %o, naming the option and its range", (given, line) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => wholeNumberOptions(given, ranges)).toThrow("exit 2");
    expect(error).toHaveBeenCalledWith(line);
  });
});
