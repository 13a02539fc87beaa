/** npm run db:migrate — applies committed migrations to DATABASE_URL or PGLITE_DATA_DIR, then exits. */
import { openScriptDatabase } from "./open-database";

const { handle } = await openScriptDatabase();
console.log(`Migrations applied (${handle.kind}).`);
await handle.close();
