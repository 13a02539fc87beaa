/**
 * Reads a Prometheus text exposition (format 0.0.4) strictly: every line must be a `# HELP`,
 * `# TYPE`, another comment, a blank, or a sample `name{label="value",…} value`, with the
 * format's escapes in label values; each sample must belong to a family declared by `# TYPE`.
 * Anything else throws, so a malformed exposition fails the test instead of being skipped.
 * (parse-prometheus-text-format, the npm parser, merges a labelled histogram's series into one.)
 */

export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Exposition = { text: string; types: Map<string, string>; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);
const HISTOGRAM_PARTS = /_(bucket|sum|count)$/;

export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  text.split("\n").forEach((line, index) => {
    const fail = (why: string) => {
      throw new Error(`exposition line ${index + 1} ${why}: ${line}`);
    };
    if (line.trim() === "") return;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\w+)$/.exec(line);
    if (type) {
      if (!TYPES.has(type[2]!)) fail("has an unknown type");
      if (types.has(type[1]!)) fail("declares a family twice");
      types.set(type[1]!, type[2]!);
      return;
    }
    if (line.startsWith("#")) return;
    samples.push(parseSample(line, fail));
  });
  for (const sample of samples) {
    const family = types.has(sample.name) ? sample.name : sample.name.replace(HISTOGRAM_PARTS, "");
    if (!types.has(family)) throw new Error(`sample ${sample.name} has no # TYPE`);
  }
  return { text, types, samples };
}

function parseSample(line: string, fail: (why: string) => never): Sample {
  const name = NAME.exec(line)?.[0] ?? fail("has no metric name");
  let rest = line.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith("{")) {
    rest = rest.slice(1);
    while (!rest.startsWith("}")) {
      const label = LABEL.exec(rest) ?? fail("has a malformed label");
      labels[label[1]!] = label[2]!.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
      rest = rest.slice(label[0].length);
      if (rest.startsWith(",")) rest = rest.slice(1);
      else if (!rest.startsWith("}")) fail("has a malformed label list");
    }
    rest = rest.slice(1);
  }
  const value = /^ (\S+)(?: -?\d+)?$/.exec(rest)?.[1] ?? fail("has no value");
  const number = value === "+Inf" ? Infinity : value === "-Inf" ? -Infinity : Number(value);
  if (Number.isNaN(number) && value !== "NaN") fail("has a value that is not a number");
  return { name, labels, value: number };
}

/**
 * The value of the one sample of `name` whose labels include `labels`; 0 when there is none yet
 * (a counter that has not started). More than one match is an error: the labels are not enough.
 */
export function sampleValue(
  exposition: Exposition,
  name: string,
  labels: Record<string, string> = {},
): number {
  const matching = exposition.samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted),
  );
  if (matching.length > 1) throw new Error(`${name}: ${matching.length} samples match`);
  return matching[0]?.value ?? 0;
}
