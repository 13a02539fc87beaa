import "server-only";
import pino, { type Logger } from "pino";
import { secretEnvValues } from "./env-schema";
import { env } from "./env";
import { redact, sanitizeErrorMessage, scrubString } from "./log-redact";

const secretValues: string[] = [];

/** Registers a runtime secret (e.g. a decrypted key) so no log line ever prints it. */
export function registerSecret(value: string | undefined): void {
  if (value && !secretValues.includes(value)) secretValues.push(value);
}

export function createLogger(options: {
  level: string;
  secrets?: readonly string[];
  destination?: pino.DestinationStream;
}): Logger {
  const secrets = options.secrets ?? secretValues;
  return pino(
    {
      level: options.level,
      base: { service: "vpn-link-portal" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (record) => redact(record, secrets) as Record<string, unknown>,
      },
      // Our redaction is the only error serializer: pino's own would copy every field again.
      serializers: { err: (value: unknown) => value },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // `log.error(error)` would make the raw message the line's msg: give it the sanitized one.
          const normalized =
            first instanceof Error
              ? [
                  { err: first },
                  ...(rest.length ? rest : [sanitizeErrorMessage(first.message, secrets)]),
                ]
              : args;
          const scrubbed = normalized.map((arg) =>
            typeof arg === "string" ? scrubString(arg, secrets) : arg,
          );
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}

/** What a long-running loop (the execution worker, the notification dispatcher) logs through. */
export type ProcessLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

let root: Logger | undefined;

export function logger(): Logger {
  if (!root) {
    const config = env();
    for (const value of secretEnvValues(config)) registerSecret(value);
    root = createLogger({ level: config.LOG_LEVEL });
  }
  return root;
}

/** A child logger bound to one request. */
export function requestLogger(requestId: string): Logger {
  return logger().child({ requestId });
}
