import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkDesignIntelligence } from "@/components/links/link-design-intelligence";
import { LinkExecutionPanel } from "@/components/execution/link-execution-panel";
import { LinkPlanSteps } from "@/components/links/link-plan-steps";
import { LinkStateBadge } from "@/components/links/link-state-badge";
import { LinkWorkflowPanel } from "@/components/links/link-workflow-panel";
import { LinkRetirementPanel } from "@/components/links/retire/link-retirement-panel";
import { Fact, FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { EditInWizardButton } from "@/components/wizard/edit-in-wizard-button";
import { requirePagePermission } from "@/lib/auth/current-user";
import { linkCreatedGatewayIp } from "@/lib/data/link-downloads";
import { getLink } from "@/lib/data/links";
import { database } from "@/lib/db";
import { getLinkPlan, parseStoredDesignWithBlankKey } from "@/lib/data/link-plan";
import { Topology } from "@/components/wizard/topology";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const link = await getLink({ db: await database(), id: (await params).id });
  const t = await getTranslations("pages");
  return { title: link?.name ?? t("links.title") };
}

export default async function LinkPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("link.read");
  const db = await database();
  const link = await getLink({ db, id: (await params).id });
  if (!link) notFound();
  const t = await getTranslations("links");
  // Once submitted, the frozen plan (the one reviewed and approved), never one recompiled.
  const plan = await getLinkPlan({ db, id: link.id });
  return (
    <>
      <PageHeader title={link.name} back={{ href: "/", label: t("back") }} />
      {link.owner.id === user.id && link.state === "draft" ? (
        <p className="mb-4">
          <EditInWizardButton linkId={link.id} />
        </p>
      ) : null}
      <FactList className="mb-6 sm:grid-cols-4">
        <Fact label={t("kind")} testId="link-kind">
          {t(`kinds.${link.kind}`)}
        </Fact>
        <Fact label={t("state")}>
          <LinkStateBadge state={link.state} />
        </Fact>
        <Fact label={t("owner")}>{link.owner.email}</Fact>
        <Fact label={t("region")} valueClassName="font-mono">
          {link.regions.join(", ")}
        </Fact>
      </FactList>
      <LinkWorkflowPanel linkId={link.id} designVersion={link.updatedAt.toISOString()} />
      <LinkExecutionPanel linkId={link.id} />
      <LinkRetirementPanel
        link={{ id: link.id, ownerId: link.owner.id, state: link.state, plan: plan ?? null }}
      />
      <LinkDesignIntelligence
        link={link}
        createdGatewayIp={await linkCreatedGatewayIp({ db, id: link.id })}
      />
      <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("topology")}</h2>
      <div className="mb-6">
        <Topology design={parseStoredDesignWithBlankKey(link.design)} />
      </div>
      <h2 className="text-lg font-semibold text-slate-900">{t("plan")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("planIntro")}</p>
      <LinkPlanSteps plan={plan} />
    </>
  );
}
