import { afterAll } from "vitest";
import { closeDatabase } from "@/lib/db";
import { describeHostileInput } from "./hostile-input-cases";
import { selectMemoryDatabase } from "./route-harness";

selectMemoryDatabase();
afterAll(() => closeDatabase());

describeHostileInput("PGlite");
