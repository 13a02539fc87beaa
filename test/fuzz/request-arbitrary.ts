import fc from "fast-check";
import {
  CONTENT_TYPES,
  DEEP_JSON,
  hostileString,
  hostileValue,
  NON_JSON_BODIES,
  RAW_QUERY_VALUES,
} from "./hostile";
import { zodArbitrary } from "./json-schema-arbitrary";
import type { KnownIds, RouteInputs } from "./route-inputs";

/** Who sends the request: the four demo roles and nobody. */
export const FUZZ_ROLES = ["requester", "approver", "admin", "viewer", "anonymous"] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];

/** Every kind of input the suite sends; a failure report names its class. */
export const INPUT_CLASSES = [
  "schema",
  "hostile-values",
  "wrong-types",
  "prototype-keys",
  "deep-nesting",
  "oversized",
  "non-json",
  "content-type",
  "hostile-query",
  "hostile-path",
] as const;
export type InputClass = (typeof INPUT_CLASSES)[number];

const BODYLESS_CLASSES: InputClass[] = [
  "schema",
  "hostile-values",
  "hostile-query",
  "hostile-path",
];

export type FuzzRequest = {
  role: FuzzRole;
  inputClass: InputClass;
  params: Record<string, string>;
  /** Query string without `?`, sent as typed. */
  query: string;
  body?: string;
  contentType?: string;
};

type Parts = Omit<FuzzRequest, "role" | "inputClass">;

export type RouteArbitraryOptions = {
  method: string;
  paramNames: string[];
  inputs: RouteInputs;
  known: Record<KnownIds, string[]>;
  /** Known-good bodies (seeded ids, canary secrets), mixed in with the schema's values. */
  examples: unknown[];
};

export function requestArbitrary(options: RouteArbitraryOptions): fc.Arbitrary<FuzzRequest> {
  const { method, inputs } = options;
  const takesBody = method !== "GET" && method !== "DELETE" && method !== "HEAD";
  const classes = takesBody ? INPUT_CLASSES : BODYLESS_CLASSES;
  const params = paramsArbitrary(options, false);
  const hostileParams = paramsArbitrary(options, true);
  const queryValue = inputs.query ? zodArbitrary(inputs.query) : fc.constant({});
  const bodyValue = bodyArbitrary(options);
  const queryKeys = inputs.query ? Object.keys(zodArbitraryKeys(inputs.query)) : [];
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

  const byClass: Record<InputClass, fc.Arbitrary<Parts>> = {
    schema: fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: bodyValue.map((value) => (takesBody ? json(value) : undefined)),
    }),
    "hostile-values": fc.record({
      params,
      query: mutated(queryValue, hostileString).map(serializeQuery),
      body: mutated(bodyValue, hostileValue).map((value) => (takesBody ? json(value) : undefined)),
    }),
    "wrong-types": fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: hostileValue.map(json),
    }),
    "prototype-keys": fc.record({
      params,
      query: queryValue.map(
        (value) =>
          `__proto__[polluted]=yes&constructor[prototype][polluted]=yes&${serializeQuery(value)}`,
      ),
      body: fc.oneof(
        bodyValue.map(withPrototypeKeys),
        mutated(bodyValue, fc.constantFrom(...PROTOTYPE_VALUES)).map(json),
      ),
    }),
    "deep-nesting": fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: mutated(bodyValue, fc.constantFrom(...DEEP_MARKERS)).map(withDeepJson),
    }),
    oversized: fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: mutated(bodyValue, fc.constantFrom<unknown>(...OVERSIZED_VALUES)).map(json),
    }),
    "non-json": fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: fc.constantFrom(...NON_JSON_BODIES),
      contentType: fc.constantFrom(...CONTENT_TYPES),
    }),
    "content-type": fc.record({
      params,
      query: queryValue.map(serializeQuery),
      body: bodyValue.map((value) => json(value) ?? "{}"),
      contentType: fc.constantFrom(...CONTENT_TYPES.filter((type) => type !== "application/json")),
    }),
    "hostile-query": fc.record({
      params,
      query: rawQuery(queryKeys),
      body: fc.constant(undefined),
    }),
    "hostile-path": fc.record({
      params: hostileParams,
      query: queryValue.map(serializeQuery),
      body: bodyValue.map((value) => (takesBody ? json(value) : undefined)),
    }),
  };

  return fc
    .record({ role: fc.constantFrom(...FUZZ_ROLES), inputClass: fc.constantFrom(...classes) })
    .chain(({ role, inputClass }) =>
      byClass[inputClass].map((parts): FuzzRequest => ({ role, inputClass, ...parts })),
    );
}

function zodArbitraryKeys(schema: NonNullable<RouteInputs["query"]>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ?? {};
}

function bodyArbitrary({ inputs, examples }: RouteArbitraryOptions): fc.Arbitrary<unknown> {
  if (!inputs.body) return examples.length ? fc.constantFrom(...examples) : fc.constant(undefined);
  const fromSchema = zodArbitrary(inputs.body);
  if (!examples.length) return fromSchema;
  return fc.oneof(
    { weight: 2, arbitrary: fromSchema },
    { weight: 1, arbitrary: fc.constantFrom(...examples) },
  );
}

function paramsArbitrary(
  { paramNames, inputs, known }: RouteArbitraryOptions,
  hostile: boolean,
): fc.Arbitrary<Record<string, string>> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const name of paramNames) {
    const input = inputs.params?.[name];
    if (!input) throw new Error(`no generator for path parameter [${name}]`);
    const ids = input.known ? known[input.known] : [];
    const fromSchema = zodArbitrary(input.schema).map(String);
    model[name] = hostile
      ? fc.oneof(hostileString, fc.constantFrom("..", ".", "%00", "a/b", " ", "\u0000"))
      : ids.length
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...ids) },
            { weight: 1, arbitrary: fromSchema },
          )
        : fromSchema;
  }
  return fc.record(model);
}

/** A value with 1–3 of its parts (or itself) replaced. */
function mutated(base: fc.Arbitrary<unknown>, replacement: fc.Arbitrary<unknown>) {
  return base.chain((value) => {
    const paths = valuePaths(value);
    return fc
      .array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 3 })
      .map((edits) => {
        let out = value === undefined ? undefined : structuredClone(value);
        const done: Path[] = [];
        for (const [path, inner] of edits) {
          // Never edit inside a replacement: they are shared constants.
          if (done.some((prior) => prior.every((key, i) => path[i] === key))) continue;
          out = setAt(out, path, inner);
          done.push(path);
        }
        return out;
      });
  });
}

type Path = (string | number)[];

function valuePaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 8 || value === null || typeof value !== "object") return out;
  for (const [key, inner] of Object.entries(value)) {
    valuePaths(inner, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, inner: unknown): unknown {
  if (path.length === 0) return inner;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return root;
    node = node[key] as Record<string | number, unknown>;
  }
  // An earlier edit may have replaced a parent with a primitive: this edit then no longer applies.
  if (node === null || typeof node !== "object") return root;
  node[path[path.length - 1]!] = inner;
  return root;
}

/** Objects whose own keys are `__proto__`, `constructor`, `prototype` (as JSON.parse makes them). */
const PROTOTYPE_VALUES: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes","roles":["admin"],"isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"},"__proto__":null}'),
  "__proto__",
];

function withPrototypeKeys(value: unknown): string {
  const keys =
    '"__proto__":{"polluted":"yes","roles":["admin"]},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
  const text = value === undefined ? "{}" : JSON.stringify(value);
  if (!text.startsWith("{")) return `{${keys}}`;
  return text === "{}" ? `{${keys}}` : `{${keys},${text.slice(1)}`;
}

/** Stand-ins for DEEP_JSON, replaced in the serialized body. */
const DEEP_MARKERS = DEEP_JSON.map((_, index) => `\u0000deep-json-${index}\u0000`);

function withDeepJson(value: unknown): string {
  let text = JSON.stringify(value ?? DEEP_MARKERS[0]);
  DEEP_MARKERS.forEach((marker, index) => {
    text = text.split(JSON.stringify(marker)).join(DEEP_JSON[index]);
  });
  return text;
}

const OVERSIZED_VALUES: unknown[] = [
  "x".repeat(1 << 20),
  Array.from({ length: 100_000 }, () => 0),
  Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
];

export function serializeQuery(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object" || Array.isArray(value))
    return new URLSearchParams({ q: text(value) }).toString();
  const params = new URLSearchParams();
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== undefined) params.append(key, text(inner));
  }
  return params.toString();
}

const text = (value: unknown) =>
  typeof value === "object" ? JSON.stringify(value) : String(value);

function rawQuery(keys: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: keys.length ? fc.constantFrom(...keys) : fc.constant("q") },
    { weight: 1, arbitrary: fc.constantFrom("x", "%00", "a%00b", "%ED%A0%80", "page", "from") },
  );
  return fc
    .array(fc.tuple(key, fc.constantFrom(...RAW_QUERY_VALUES)), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
}
