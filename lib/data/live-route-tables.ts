import "server-only";
import { listAlibabaRouteTables } from "@/lib/cloud/alibaba";
import type { CloudClient } from "@/lib/cloud/client";
import { isCloudError, TRANSPORT_CODES } from "@/lib/cloud/errors";
import type { CloudRoute } from "@/lib/cloud/shapes";
import { listTencentRouteTables } from "@/lib/cloud/tencent";
import { getCloudClient } from "@/lib/cloud-server/server-client";
import { openLinkDesign } from "@/lib/crypto/link-key";
import {
  blockingRouteClashes,
  routedSides,
  routeTableKey,
  type RoutedSide,
} from "@/lib/design/routes/design-route-clashes";
import { AppError } from "@/lib/errors/app-error";
import type { LinkDesign } from "@/lib/schemas/link/design";
import { findOwnLinkRow, type LinkActionOptions } from "./link-action";
import { readStoredDesign } from "./stored-design";

/**
 * The server's own route clash check at submit: the wizard judged the routes against the table it
 * listed then, but an API client or a stale page may submit routes that clash with what the
 * table holds now. The tables are read before submit's transaction (no cloud call holds a row
 * lock), and judged inside it against the design it freezes.
 */

/** Each table a design adds routes to, by `routeTableKey`: its live routes, or `null` if gone. */
export type LiveRouteTables = ReadonlyMap<string, readonly CloudRoute[] | null>;

const CLOUD_NAME = { tencent: "Tencent Cloud", alibaba: "Alibaba Cloud" } as const;

/**
 * The live routes of the tables the draft's design adds routes to, read with `cloud` (default:
 * the server's client). Nothing is read for a link its actor does not own or that is not a draft:
 * submit's transaction refuses those.
 */
export async function readLiveRouteTables(
  options: LinkActionOptions & { cloud?: CloudClient | undefined },
): Promise<LiveRouteTables> {
  const live = new Map<string, CloudRoute[] | null>();
  const row = await findOwnLinkRow(options.db, options.id, options.actor, { lock: false });
  if (row.state !== "draft") return live;
  const { design } = readStoredDesign(() =>
    openLinkDesign({ design: row.design, pskCiphertext: row.pskCiphertext }),
  );
  for (const side of routedSides(design)) {
    const key = routeTableKey(side);
    if (live.has(key)) continue;
    const tables = await listRouteTables(side, options.cloud ?? getCloudClient());
    live.set(key, tables.find((table) => table.id === side.routes.routeTableId)?.routes ?? null);
  }
  return live;
}

/** Every route table of the side's VPC; a cloud that cannot be read is a 502 naming the table. */
async function listRouteTables({ path, site, routes }: RoutedSide, client: CloudClient) {
  const { provider, account, region, vpcId } = site;
  try {
    return provider === "tencent"
      ? await listTencentRouteTables({ client, account, region, vpcId })
      : await listAlibabaRouteTables({ client, account, regionId: region, vpcId });
  } catch (error) {
    if (!isCloudError(error)) throw error;
    if (error.code === TRANSPORT_CODES.accountNotConfigured) {
      throw new AppError(
        "unprocessable",
        `No ${provider} account named "${account}" is configured.`,
        [{ path: `${path}.account`, message: "account is not configured" }],
      );
    }
    const request = error.requestId ? ` (request id ${error.requestId})` : "";
    throw new AppError(
      "cloud_error",
      `Could not read route table ${routes.routeTableId} to check the new routes against it: ${CLOUD_NAME[provider]} answered ${error.code}${request}: ${error.message}`,
      [{ path: `${path}.routes.routeTableId`, message: "validation.routeTableUnreadable" }],
      "routeTableUnreadable",
    );
  }
}

/**
 * Refuses (422) a design whose route table is gone from its VPC (`routeTableGone`), or whose new
 * routes clash with a table's live routes where the clash blocks (`routeClashes`); the issues
 * name the field and the message key, like `blockingFindings`. A table missing from `live` means
 * the draft was edited since it was read: 409, submit again.
 */
export function refuseRouteClashes(design: LinkDesign, live: LiveRouteTables): void {
  const gone: RoutedSide[] = [];
  const clashes: ReturnType<typeof blockingRouteClashes> = [];
  for (const side of routedSides(design)) {
    const existing = live.get(routeTableKey(side));
    if (existing === undefined) {
      throw new AppError(
        "conflict",
        "The design changed while its route tables were being read: submit it again.",
      );
    }
    if (existing === null) gone.push(side);
    else clashes.push(...blockingRouteClashes(side, existing));
  }
  if (gone.length > 0) {
    const tables = gone.map(({ site, routes }) => `${routes.routeTableId} (VPC ${site.vpcId})`);
    throw new AppError(
      "unprocessable",
      `The route table is no longer in its VPC: ${tables.join(", ")}. Pick another table.`,
      gone.map(({ path }) => ({
        path: `${path}.routes.routeTableId`,
        message: "validation.routeTableGone",
      })),
      "routeTableGone",
    );
  }
  if (clashes.length > 0) {
    const said = clashes.map(
      ({ params, rule }) =>
        `${params.destination} (${rule}${params.other ? `: ${params.other} → ${params.nextHop}` : ""})`,
    );
    throw new AppError(
      "unprocessable",
      `The new routes clash with the route table's live routes: ${said.join("; ")}.`,
      clashes.map(({ path, messageKey }) => ({ path, message: messageKey })),
      "routeClashes",
    );
  }
}
