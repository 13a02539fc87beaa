import { textAttachment } from "@/lib/api/text-attachment";
import { withRoute } from "@/lib/api/with-route";
import { exportLinkTerraform } from "@/lib/data/link-downloads";

/** The link as a Terraform configuration (.tf); the pre-shared key is `var.psk`, never inline. */
export const GET = withRoute<{ id: string }>(
  async ({ params, db }) => textAttachment(await exportLinkTerraform({ db, id: params.id })),
  { permission: "config.download" },
);
