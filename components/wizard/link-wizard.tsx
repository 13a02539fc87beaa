"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { stepOfPath, stepsFor, valueAt } from "@/lib/design/wizard/form-values";
import { ApiError } from "@/lib/query/fetch-json";
import { useSubmitNewLink } from "@/lib/query/use-link";
import type { LinkKind } from "@/lib/schemas/link/design";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import { KindStep } from "./steps/kind-step";
import { SaveStatus } from "./save-status";
import { useAccountSites } from "./use-account-sites";
import { useLiveCheck } from "./use-live-check";
import { useWizardDraft, type WizardStart } from "./use-wizard-draft";
import { WizardContext, type WizardForm } from "./wizard-context";

// The first step ships with the page; the other steps load when shown, and the checker (zod,
// every API schema, the design checks) on the first interaction — or at once for a saved draft.
const WhereStep = dynamic(() => import("./steps/where-step").then((m) => m.WhereStep));
const GatewayStep = dynamic(() => import("./steps/gateway-step").then((m) => m.GatewayStep));
const PeerStep = dynamic(() => import("./steps/peer-step").then((m) => m.PeerStep));
const TunnelStep = dynamic(() => import("./steps/tunnel-step").then((m) => m.TunnelStep));
const ReviewStep = dynamic(() => import("./steps/review-step").then((m) => m.ReviewStep));

const STEP_VIEWS: Record<WizardStep, React.ComponentType> = {
  kind: KindStep,
  where: WhereStep,
  gateway: GatewayStep,
  peer: PeerStep,
  tunnel: TunnelStep,
  review: ReviewStep,
};

const filled = (value: unknown) =>
  value !== undefined && value !== "" && !(Array.isArray(value) && value.every((v) => v === ""));

/** The new-link wizard: one step per concern, saved on the server as you go. */
export function LinkWizard({ start }: { start: WizardStart }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const form = useForm<WizardForm>({ defaultValues: start.data });
  const values = useWatch({ control: form.control }) as WizardForm;
  const [step, setStep] = useState<WizardStep>(start.step);
  const [attempted, setAttempted] = useState<Set<WizardStep>>(new Set());
  // Why finishing failed, for the design as it was then: it goes away once the design changes.
  const [finishFailure, setFinishFailure] = useState<{ error: unknown; design: string }>();
  const [finishing, setFinishing] = useState<"draft" | "submit" | undefined>();
  const submitLink = useSubmitNewLink();
  const kind = values.kind as LinkKind | undefined;
  const steps = stepsFor(kind);
  const draft = useWizardDraft({ start, values, step });
  const { hasStoredPsk } = draft;
  const siteOf = useAccountSites();
  const { check, checker, loadChecker, showServerIssues } = useLiveCheck({
    siteOf,
    values,
    hasStoredPsk,
    loadAtOnce: Boolean(start.data.kind),
  });

  const issuesOf = (target: WizardStep, issues = check.issues) =>
    issues.filter((issue) => target === "review" || stepOfPath(issue.path) === target);
  const showErrorsFor = (path: string) =>
    attempted.has(stepOfPath(path)) || attempted.has("review") || filled(valueAt(values, path));
  const index = steps.indexOf(step);

  const go = (target: WizardStep) => {
    setStep(target);
    window.scrollTo({ top: 0 });
  };
  const next = async () => {
    const loaded = checker ?? (await loadChecker());
    if (!kind) {
      setAttempted(new Set([...attempted, step]));
      return;
    }
    if (issuesOf(step, loaded.checkForm(values, { hasStoredPsk, siteOf }).issues).length > 0) {
      setAttempted(new Set([...attempted, step]));
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>("[role=alert]")?.scrollIntoView({ block: "center" }),
      );
      return;
    }
    const target = steps[index + 1];
    if (target) go(target);
  };
  /**
   * Turns the draft into a link and, with `submit`, submits it for approval at once. A refused
   * submit still leaves the saved link, whose page says why and offers Submit again.
   */
  const finish = async (submit: boolean) => {
    setAttempted(new Set(steps));
    setFinishFailure(undefined);
    const blocking = check.issues[0];
    if (blocking) {
      go(stepOfPath(blocking.path));
      return;
    }
    setFinishing(submit ? "submit" : "draft");
    const outcome = await draft.finish();
    if (outcome.status === "finished") {
      if (submit) await submitLink.mutateAsync(outcome.linkId).catch(() => undefined);
      router.push(`/links/${outcome.linkId}`);
      return;
    }
    setFinishing(undefined);
    if (outcome.status === "notSaved") {
      setFinishFailure({ error: "notSaved", design: JSON.stringify(values) });
      return;
    }
    const { error } = outcome;
    const issues = error instanceof ApiError ? error.issues : [];
    showServerIssues(issues);
    if (issues[0]) go(stepOfPath(issues[0].path));
    setFinishFailure({ error, design: JSON.stringify(values) });
  };
  const discard = async () => {
    if (draft.draftId && window.confirm(t("discardConfirm"))) {
      await draft.discard();
      router.push("/");
    }
  };
  const isLast = step === "review";
  // Submitting from the review is for a new link; an edited one is saved, then submitted from its page.
  const canSubmit = isLast && !draft.editsLink;
  const blockedBy = check.findings.some((finding) => finding.severity === "block");

  const View = STEP_VIEWS[step];
  return (
    <WizardContext.Provider value={{ form, check, showErrorsFor, hasStoredPsk, checker }}>
      <form
        noValidate
        onSubmit={(event) => event.preventDefault()}
        onPointerDownCapture={() => void loadChecker()}
        onKeyDownCapture={() => void loadChecker()}
        className="space-y-5"
        data-testid="link-wizard"
      >
        <nav aria-label={t("stepsLabel")}>
          <ol className="flex flex-wrap gap-2 text-sm">
            {steps.map((name, i) => (
              <li key={name}>
                <button
                  type="button"
                  disabled={i > index && issuesOf(steps[i - 1]!).length > 0}
                  onClick={() => (i <= index ? go(name) : void next())}
                  aria-current={name === step ? "step" : undefined}
                  className={`rounded-full px-3 py-1 ${name === step ? "bg-brand-600 text-white" : i < index ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-600"}`}
                >
                  {i + 1}. {t(`steps.${name}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section
          className="rounded-lg border border-slate-200 bg-slate-50/50 p-5"
          aria-labelledby="wizard-step-title"
        >
          <h2 id="wizard-step-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t(`steps.${step}`)}
          </h2>
          <View />
          {step === "kind" && !kind && attempted.has("kind") ? (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {t("kind.required")}
            </p>
          ) : null}
        </section>
        {finishFailure && finishFailure.design === JSON.stringify(values) ? (
          <div className="rounded-md border border-red-200 bg-red-50 p-3">
            {finishFailure.error === "notSaved" ? (
              <p role="alert" className="text-sm text-red-800">
                {t("saveFailed")}
              </p>
            ) : (
              <ErrorAlert error={finishFailure.error} className="text-sm text-red-800" />
            )}
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => go(steps[index - 1]!)}
            disabled={index <= 0}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm disabled:opacity-40"
          >
            {t("back")}
          </button>
          {canSubmit ? (
            <button
              type="button"
              onClick={() => void finish(true)}
              disabled={finishing !== undefined || blockedBy}
              aria-describedby={blockedBy ? "submit-blocked" : undefined}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            >
              {finishing === "submit" ? t("submitting") : t("submit")}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => void (isLast ? finish(false) : next())}
            disabled={isLast && finishing !== undefined}
            className={
              canSubmit
                ? "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 disabled:opacity-60"
                : "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            }
          >
            {!isLast
              ? t("next")
              : finishing === "draft"
                ? t("saving")
                : draft.editsLink
                  ? t("saveChanges")
                  : t("saveDraft")}
          </button>
          {draft.draftId ? (
            <button
              type="button"
              onClick={() => void discard()}
              className="text-sm text-slate-600 hover:underline"
            >
              {t("discard")}
            </button>
          ) : null}
          <SaveStatus state={draft.saveState} />
        </div>
        {canSubmit && blockedBy ? (
          <p id="submit-blocked" className="text-sm text-red-700">
            {t("submitBlocked")}
          </p>
        ) : null}
      </form>
    </WizardContext.Provider>
  );
}
