import { textAttachment } from "@/lib/api/text-attachment";
import { withRoute } from "@/lib/api/with-route";
import { exportLinkTerraform } from "@/lib/data/link-downloads";

/** The link as a Terraform configuration (.tf); the pre-shared key is `var.psk`, never inline. Audited. */
export const GET = withRoute<{ id: string }>(
  async ({ params, db, user, meta }) =>
    textAttachment(await exportLinkTerraform({ db, id: params.id, actor: user, meta })),
  { permission: "config.download" },
);
