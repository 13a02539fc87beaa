/**
 * What the wizard loads after its first paint (zod, every API schema, the design checks, the
 * message templates): the first step appears without it, then every keystroke is checked with it.
 */
export { checkForm } from "./check-form";
export { matchSchemaMessage, termKeyOf } from "../../i18n/schema-message";
