import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { portalOpenApiDocument } from "@/lib/api/openapi/document";

/** Writes the OpenAPI document to a file (default openapi/openapi.json), for code generation. */
const target = path.resolve(process.argv[2] ?? "openapi/openapi.json");
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(portalOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
