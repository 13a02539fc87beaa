import { describeHostileInput } from "./hostile-input-cases";
import { memoryDatabaseForFile } from "./kit/routes";

memoryDatabaseForFile();

describeHostileInput("PGlite");
