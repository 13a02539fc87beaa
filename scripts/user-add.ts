/**
 * npm run user:add -- --email ada@example.com --name "Ada" --role admin [--role approver] --password ...
 * Creates a local account (e.g. the first admin). Roles are repeatable.
 */
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors/app-error";
import { MIN_PASSWORD_LENGTH } from "@/lib/crypto/password";
import { isRole, ROLES } from "@/lib/permissions/permissions";
import { createUser } from "@/lib/data/users";
import { openScriptDatabase } from "./open-database";

const usage = `Usage: npm run user:add -- --email EMAIL --name NAME --role ROLE [--role ROLE ...] --password PASSWORD
Roles: ${ROLES.join(", ")}`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", multiple: true },
    password: { type: "string" },
  },
  strict: true,
});

const email = values.email?.trim();
const roles = values.role ?? [];
if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) fail("--email must be an email address.");
if (!values.name?.trim()) fail("--name is required.");
if (roles.length === 0) fail("At least one --role is required.");
const badRole = roles.find((role) => !isRole(role));
if (badRole) fail(`Unknown role "${badRole}".`);
if (!values.password || values.password.length < MIN_PASSWORD_LENGTH) {
  fail(`--password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
}

const { handle } = await openScriptDatabase();
try {
  const user = await createUser({
    db: handle.db,
    email,
    name: values.name!,
    roles: roles.filter(isRole),
    password: values.password,
    actor: null,
    via: "cli",
  });
  console.log(`Created ${user.email} with roles ${user.roles.join(", ")} (id ${user.id}).`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await handle.close();
}
