import { describe, expect, it } from "vitest";
import { parseExposition, sampleValue } from "./prometheus-text";

const TEXT = `# HELP h Latency.
# TYPE h histogram
h_bucket{le="0.1",route="/a"} 1
h_bucket{le="+Inf",route="/a"} 2
h_sum{route="/a"} 0.5
h_count{route="/a"} 2
h_count{route="/b"} 7
# TYPE c counter
c{path="C:\\\\DIR",msg="say \\"hi\\"\\n"} 3
c 4 1395066363000
`;

describe("parseExposition", () => {
  it("reads labelled histogram series apart, escapes and timestamps", () => {
    const exposition = parseExposition(TEXT);
    expect(sampleValue(exposition, "h_count", { route: "/a" })).toBe(2);
    expect(sampleValue(exposition, "h_count", { route: "/b" })).toBe(7);
    expect(sampleValue(exposition, "h_bucket", { route: "/a", le: "+Inf" })).toBe(2);
    expect(sampleValue(exposition, "c", { path: "C:\\DIR", msg: 'say "hi"\n' })).toBe(3);
    expect(sampleValue(exposition, "missing")).toBe(0);
    expect(() => sampleValue(exposition, "c")).toThrow(/2 samples match/);
  });

  it("refuses what is not the format", () => {
    expect(() => parseExposition("c{a=1} 2\n")).toThrow(/malformed label/);
    expect(() => parseExposition("# TYPE c counter\nc two\n")).toThrow(/not a number/);
    expect(() => parseExposition("x 1\n")).toThrow(/no # TYPE/);
    expect(() => parseExposition('# TYPE c counter\nc{a="1"}\n')).toThrow(/no value/);
  });
});
