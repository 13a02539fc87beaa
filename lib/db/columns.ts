import { timestamp } from "drizzle-orm/pg-core";

/** A point in time with its zone: every timestamp column of the schema. */
export const moment = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was made; the database sets it. */
export const createdAt = () => moment("created_at").notNull().defaultNow();

/** When the row last changed; the database sets it at insert, writers on each update. */
export const updatedAt = () => moment("updated_at").notNull().defaultNow();
