import { describe, expect, it } from "vitest";
import { callRates } from "./call-rates";

const limit = { max: 3, windowMs: 1000 };
const call = (key: string, at: number, allowed = true) => ({ key, at, limit, allowed });

describe("bench:execute's call rates", () => {
  it("measures each action over its span, finds its peak window and puts the limiting one first", () => {
    const rates = callRates([
      call("alibaba:AK:cn-hangzhou:CreateVpnGateway", 0),
      call("alibaba:AK:cn-hangzhou:CreateVpnGateway", 400),
      call("alibaba:AK:cn-hangzhou:CreateVpnGateway", 800),
      call("alibaba:AK:cn-hangzhou:CreateVpnGateway", 900, false),
      call("alibaba:AK:cn-hangzhou:CreateVpnGateway", 1200),
      call("tencent:AK:CreateVpnGateway", 0),
      call("tencent:AK:CreateVpnGateway", 1000),
    ]);
    expect(rates.map((r) => r.action)).toEqual([
      "alibaba cn-hangzhou CreateVpnGateway",
      "tencent CreateVpnGateway",
    ]);
    const [alibaba, tencent] = rates;
    expect(alibaba).toMatchObject({ ran: 4, refused: 1, spanMs: 1200, peak: 3, atLimitMs: 1000 });
    expect(alibaba!.perSecond).toBeCloseTo(2.5);
    expect(alibaba!.ofLimit).toBeCloseTo(2.5 / 3);
    expect(tencent).toMatchObject({ ran: 2, refused: 0, spanMs: 1000, peak: 1, perSecond: 1 });
  });
});
