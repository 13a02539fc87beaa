import { writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { portalOpenApiDocument } from "@/lib/api/openapi/document";

/**
 * The CLI's types, generated from the portal's OpenAPI document (openapi-typescript). Not
 * committed (generated code, and it would drift): `npm run typecheck` writes them first, so the
 * CLI is checked against the API as it is.
 */
export const API_TYPES_FILE = path.join(import.meta.dirname, "api-types.ts");

const HEADER =
  "/* Generated from the portal's OpenAPI document by `npm run cli:types`: do not edit. */\n\n";

export async function generateApiTypes(): Promise<string> {
  // A deep copy: openapi-typescript may annotate the object it reads.
  const document = JSON.parse(JSON.stringify(portalOpenApiDocument()));
  return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
