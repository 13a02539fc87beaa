import { describe, expect, it } from "vitest";
import { tunnel } from "../test-fixtures";
import { cliInterface, cliNameComment } from "./cli-values";

describe.each(["cisco-ios", "huawei-vrp", "fortigate", "pan-os", "juniper-srx"] as const)(
  "%s command-line values",
  (format) => {
    it("keeps an interface name as it is, and refuses one that is not a single token", () => {
      expect(cliInterface(format, "GigabitEthernet0/0/1.100").text).toBe(
        "GigabitEthernet0/0/1.100",
      );
      expect(() => cliInterface(format, "Gi0/1 shutdown")).toThrow("not a valid setting");
      expect(() => cliInterface(format, "Gi0/1\nreload")).toThrow();
      expect(() => cliInterface(format, "0Gi")).toThrow("not a valid setting");
    });

    it("writes the tunnel name in a comment without quotes, '?' or anything outside ASCII", () => {
      const name = 'a "b"? c\nd 名';
      expect(cliNameComment(format, { ...tunnel, name }).text).toBe("a _b_ c_d _");
    });
  },
);
