import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { ROUTE_CLASH_RULES, routeClashes, type ExistingRoute } from "./route-clashes";

const GW = "vpngw-mine0001";
const OTHER = "vpngw-other001";

const user = (destination: string, nextHopId = OTHER): ExistingRoute => ({
  destination,
  nextHopId,
  system: false,
});
const local = (destination: string): ExistingRoute => ({
  destination,
  nextHopId: "Local",
  system: true,
});

/** [case, wanted destination, existing routes, expected [rule, severity, other][]] */
const CASES: [string, string, ExistingRoute[], [string, string, string | undefined][]][] = [
  ["no other route", "172.16.0.0/16", [], []],
  ["a disjoint neighbour", "172.16.0.0/16", [user("172.17.0.0/16")], []],
  ["adjacent halves of a /24", "10.0.0.0/25", [user("10.0.0.128/25")], []],
  [
    "exact duplicate",
    "172.16.0.0/16",
    [user("172.16.0.0/16", GW)],
    [["duplicate", "info", "172.16.0.0/16"]],
  ],
  [
    "same destination elsewhere",
    "172.16.0.0/16",
    [user("172.16.0.0/16")],
    [["conflict", "block", "172.16.0.0/16"]],
  ],
  [
    "same destination as a system route",
    "10.30.0.0/16",
    [local("10.30.0.0/16")],
    [["conflict", "block", "10.30.0.0/16"]],
  ],
  [
    "narrower route elsewhere",
    "172.16.0.0/16",
    [user("172.16.5.0/24")],
    [["narrowerElsewhere", "warn", "172.16.5.0/24"]],
  ],
  [
    "wider route elsewhere",
    "172.16.0.0/16",
    [user("172.16.0.0/12")],
    [["widerElsewhere", "info", "172.16.0.0/12"]],
  ],
  [
    "inside the VPC's local route",
    "10.30.1.0/24",
    [local("10.30.0.0/16")],
    [["insideSystem", "block", "10.30.0.0/16"]],
  ],
  ["a narrower local route is expected", "10.0.0.0/8", [local("10.30.0.0/16")], []],
  [
    "overlaps toward the same gateway",
    "10.0.0.0/8",
    [user("10.1.0.0/16", GW), user("10.0.0.0/7", GW)],
    [],
  ],
  [
    "/0 wanted over a user route",
    "0.0.0.0/0",
    [user("192.168.0.0/24")],
    [["narrowerElsewhere", "warn", "192.168.0.0/24"]],
  ],
  ["/0 wanted over local routes", "0.0.0.0/0", [local("10.30.0.0/16")], []],
  [
    "/0 default route elsewhere",
    "172.16.0.0/16",
    [user("0.0.0.0/0", "nat-0001")],
    [["widerElsewhere", "info", "0.0.0.0/0"]],
  ],
  ["/0 twice elsewhere", "0.0.0.0/0", [user("0.0.0.0/0")], [["conflict", "block", "0.0.0.0/0"]]],
  [
    "/32 duplicate",
    "203.0.113.7/32",
    [user("203.0.113.7/32", GW)],
    [["duplicate", "info", "203.0.113.7/32"]],
  ],
  ["/32 next to another /32", "203.0.113.7/32", [user("203.0.113.6/32")], []],
  [
    "/32 inside a /31 elsewhere",
    "203.0.113.7/32",
    [user("203.0.113.6/31")],
    [["widerElsewhere", "info", "203.0.113.6/31"]],
  ],
  [
    "/31 over a /32 elsewhere",
    "203.0.113.6/31",
    [user("203.0.113.7/32")],
    [["narrowerElsewhere", "warn", "203.0.113.7/32"]],
  ],
  ["IPv6 and empty entries are skipped", "172.16.0.0/16", [user("::/0"), user("")], []],
  ["not a CIDR", "172.16.0.0", [], [["invalid", "block", undefined]]],
  ["prefix past 32", "10.0.0.0/33", [], [["invalid", "block", undefined]]],
  ["host bits set", "172.16.0.1/16", [user("172.16.0.0/16")], [["invalid", "block", undefined]]],
  [
    "several at once",
    "172.16.0.0/16",
    [user("172.16.0.0/12"), user("172.16.9.0/24"), user("172.16.0.0/16", GW)],
    [
      ["widerElsewhere", "info", "172.16.0.0/12"],
      ["narrowerElsewhere", "warn", "172.16.9.0/24"],
      ["duplicate", "info", "172.16.0.0/16"],
    ],
  ],
];

describe("routeClashes", () => {
  it.each(CASES)("%s", (_case, destination, existing, expected) => {
    const found = routeClashes([{ destination, gatewayId: GW }], existing);
    expect(found.map((c) => [c.rule, c.severity, c.params.other])).toEqual(expected);
    for (const clash of found) {
      expect(clash.messageKey).toBe(`lint.route.${clash.rule}`);
      expect(clash.params).toMatchObject({ destination, gateway: GW });
    }
  });

  it("says which wanted route and which existing route each clash is about", () => {
    const existing = [{ ...user("172.16.0.0/16"), id: "rti-00000042", routeTableId: "rtb-1" }];
    const found = routeClashes(
      [
        { destination: "10.9.0.0/16", gatewayId: GW },
        { destination: "172.16.0.0/16", gatewayId: GW },
      ],
      existing,
    );
    expect(found).toEqual([
      {
        rule: "conflict",
        severity: "block",
        index: 1,
        messageKey: "lint.route.conflict",
        params: {
          destination: "172.16.0.0/16",
          gateway: GW,
          other: "172.16.0.0/16",
          nextHop: OTHER,
        },
        existing: existing[0],
      },
    ]);
  });

  it.each([
    ["en", en],
    ["zh-CN", zh],
  ])("has a %s message for every rule, naming its parameters", (_locale, messages) => {
    for (const rule of ROUTE_CLASH_RULES) {
      const text = messages.lint.route[rule];
      expect(text, rule).toContain("{destination}");
    }
  });
});
