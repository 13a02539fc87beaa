import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import type { paths } from "./api-types";

/**
 * The portal's command-line client: a thin layer over a client generated from the OpenAPI
 * document (openapi-fetch + openapi-typescript), authenticated by an API token.
 *
 *   VLP_URL=http://localhost:3000 VLP_TOKEN=vlpat_… npm run -s cli -- links list
 */

export const USAGE = `Usage: npm run -s cli -- <command> [options]

  links list [--state S] [--search TEXT] [--page N]   one page of links
  links show <id>                                     a link, its plan and plan hash
  links create --file design.json                     a draft link from a design (JSON)
  links submit <id>                                   submit a draft for approval
  approvals list                                      links waiting for your review
  approvals approve <id> [--comment TEXT]             approve the plan as it stands now
  approvals reject <id> --comment TEXT                reject it, saying why

Options: --json prints the API's answer as JSON.
Environment: VLP_TOKEN (an API token, required), VLP_URL (default http://localhost:3000).`;

export type CliIo = {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
  fetch?: typeof fetch;
};

/** A failure the CLI reports in one line and an exit code (1: the API refused, 2: usage). */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

type ErrorBody = {
  error?: {
    code?: string;
    message?: string;
    requestId?: string;
    issues?: { path: string; message: string }[];
  };
};

/** The API's error answer as the lines a person reads. */
function refusal(status: number, body: unknown): CliFailure {
  const error = (body as ErrorBody | undefined)?.error;
  if (!error?.message) return new CliFailure(`The portal answered HTTP ${status}.`, 1);
  const where = error.requestId
    ? ` (${error.code}, request ${error.requestId})`
    : ` (${error.code})`;
  const issues = (error.issues ?? []).map(
    (issue) => `\n  ${issue.path || "(body)"}: ${issue.message}`,
  );
  return new CliFailure(`${error.message}${where}${issues.join("")}`, 1);
}

/** The data of a successful answer, or the refusal. */
async function answerOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>) {
  const { data, error, response } = await call;
  if (data === undefined || !response.ok) throw refusal(response.status, error);
  return data;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(`error: ${error.message}`);
      if (error.exitCode === 2) io.err(USAGE);
      return error.exitCode;
    }
    const cause = error instanceof Error ? (error.cause ?? error) : error;
    io.err(
      `error: cannot reach the portal at ${baseUrlOf(io.env)}: ${String((cause as Error).message ?? cause)}`,
    );
    return 1;
  }
}

function baseUrlOf(env: CliIo["env"]): string {
  return (env.VLP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

function clientOf(io: CliIo) {
  const token = io.env.VLP_TOKEN?.trim();
  if (!token) {
    throw new CliFailure(
      "Set VLP_TOKEN to an API token (make one on the portal's API tokens page).",
      2,
    );
  }
  return createClient<paths>({
    baseUrl: baseUrlOf(io.env),
    headers: { authorization: `Bearer ${token}` },
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
}

async function dispatch(argv: readonly string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean", default: false },
      state: { type: "string" },
      search: { type: "string" },
      page: { type: "string" },
      file: { type: "string" },
      comment: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  }).valueOf() as {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
  };
  const [group, command, id] = positionals;
  if (values.help || !group) {
    io.out(USAGE);
    return;
  }
  const print = (data: unknown, text: () => string[]) =>
    (values.json ? [JSON.stringify(data, null, 2)] : text()).forEach((line) => io.out(line));
  const needId = () => {
    if (!id) throw new CliFailure(`${group} ${command} needs a link id.`, 2);
    return id;
  };
  const api = () => clientOf(io);

  switch (`${group} ${command}`) {
    case "links list": {
      const page = values.page === undefined ? undefined : Number(values.page);
      const data = await answerOf(
        api().GET("/api/links", {
          params: {
            query: {
              ...(values.state ? { state: values.state as never } : {}),
              ...(values.search ? { search: String(values.search) } : {}),
              ...(page !== undefined ? { page } : {}),
            },
          },
        }),
      );
      return print(data, () => [
        ...data.links.map((link) => `${link.id}  ${link.state.padEnd(9)}  ${link.name}`),
        `page ${data.page} of ${data.pageCount}, ${data.total} links`,
      ]);
    }
    case "links show": {
      const data = await answerOf(
        api().GET("/api/links/{id}", { params: { path: { id: needId() } } }),
      );
      return print(data, () => [
        `${data.link.name} (${data.link.kind}, ${data.link.state})`,
        `owner:     ${data.link.owner.email}`,
        `resources: ${data.link.resourceIds.join(", ") || "none yet"}`,
        `plan:      ${data.plan ? `${data.plan.steps.length} steps` : "none"}`,
        `plan hash: ${data.planHash ?? "none (not submitted)"}`,
      ]);
    }
    case "links create": {
      if (typeof values.file !== "string")
        throw new CliFailure("links create needs --file design.json.", 2);
      let design: Record<string, unknown>;
      try {
        design = JSON.parse(await readFile(values.file, "utf8"));
      } catch (error) {
        throw new CliFailure(
          `cannot read a JSON design from ${values.file}: ${(error as Error).message}`,
          2,
        );
      }
      const data = await answerOf(api().POST("/api/links", { body: design as never }));
      return print(data, () => [`created ${data.link.id}  ${data.link.name} (draft)`]);
    }
    case "links submit": {
      const data = await answerOf(
        api().POST("/api/links/{id}/submit", { params: { path: { id: needId() } } }),
      );
      return print(data, () => [
        `${data.link.id} ${data.link.state}, plan hash ${data.link.planHash}`,
      ]);
    }
    case "approvals list": {
      const data = await answerOf(
        api().GET("/api/links", { params: { query: { state: "submitted" } } }),
      );
      return print(data, () =>
        data.links.map((link) => `${link.id}  ${link.name}  by ${link.owner.email}`),
      );
    }
    case "approvals approve":
    case "approvals reject": {
      const linkId = needId();
      const comment = typeof values.comment === "string" ? values.comment : undefined;
      if (command === "reject" && !comment)
        throw new CliFailure("approvals reject needs --comment.", 2);
      // The hash of the plan as it stands: a plan changed since is refused by the portal.
      const { planHash } = await answerOf(
        api().GET("/api/links/{id}", { params: { path: { id: linkId } } }),
      );
      if (!planHash) throw new CliFailure("This link has no submitted plan to decide on.", 1);
      const data =
        command === "approve"
          ? await answerOf(
              api().POST("/api/links/{id}/approve", {
                params: { path: { id: linkId } },
                body: { planHash, ...(comment ? { comment } : {}) },
              }),
            )
          : await answerOf(
              api().POST("/api/links/{id}/reject", {
                params: { path: { id: linkId } },
                body: { planHash, comment: comment! },
              }),
            );
      const { link } = data;
      return print(data, () => [
        `${link.id} ${link.state} (${link.approvals} of ${link.requiredApprovals ?? "?"} approvals)`,
      ]);
    }
    default:
      throw new CliFailure(`unknown command: ${positionals.join(" ")}`, 2);
  }
}
