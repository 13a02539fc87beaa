import { z } from "zod";
import { peerConfigQuerySchema, peerConfigWithPskSchema } from "@/lib/schemas/peer-config";
import { idPath } from "./common";
import type { ApiRoutes } from "./operation";

const textFile = { description: "The file, as an attachment.", mediaType: "text/plain" } as const;

export const LINK_DOWNLOAD_ROUTES: ApiRoutes = {
  "/api/links/{id}/peer-config": {
    get: {
      summary: "Download the peer device's configuration",
      description: "strongSwan, Cisco IOS or Huawei VRP; the pre-shared key as a placeholder.",
      access: "config.download",
      path: idPath,
      query: peerConfigQuerySchema,
      answer: textFile,
      errors: ["not_found", "conflict"],
    },
    post: {
      summary: "Download the peer configuration with its key",
      description: "The same file with the pre-shared key, for the link's owner (audited).",
      access: "config.download",
      path: idPath,
      query: peerConfigQuerySchema,
      body: peerConfigWithPskSchema,
      answer: textFile,
      errors: ["not_found", "conflict"],
    },
  },
  "/api/links/{id}/terraform": {
    get: {
      summary: "Download the link as Terraform",
      description: "HCL for the tencentcloud / alicloud providers; the key is `var.psk`.",
      access: "config.download",
      path: idPath,
      answer: textFile,
      errors: ["not_found", "conflict"],
    },
  },
  "/api/links/{id}/psk": {
    post: {
      summary: "Reveal the pre-shared key",
      description: "The link's owner only; audited.",
      access: "link.create",
      path: idPath,
      answer: { description: "The key.", schema: z.object({ psk: z.string() }) },
      errors: ["not_found", "conflict"],
    },
  },
};
