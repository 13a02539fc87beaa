"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { FormCheck } from "@/lib/design/wizard/check-form";
import type * as Checker from "@/lib/design/wizard/checker";
import type { ApiIssue } from "@/lib/query/fetch-json";
import type { SiteOfAccount } from "@/lib/design/link/account-site-issues";
import type { WizardForm } from "./wizard-context";

const UNCHECKED: FormCheck = { design: undefined, issues: [], findings: [] };

/**
 * The form checked as the person types, exactly as the server will check it: schema errors and
 * design findings at their fields. The checker (zod, every API schema, the design checks) loads
 * lazily — at once when `loadAtOnce` (a saved draft), else on `loadChecker()`. Field errors the
 * server answered with (`showServerIssues`) stay until the form changes.
 */
export function useLiveCheck(options: {
  values: WizardForm;
  hasStoredPsk: boolean;
  loadAtOnce: boolean;
  /** The configured accounts' sites (useAccountSites), for the rules that depend on them. */
  siteOf?: SiteOfAccount | undefined;
}) {
  const { values, hasStoredPsk, loadAtOnce } = options;
  const snapshot = JSON.stringify(values);
  const { siteOf } = options;
  const [checker, setChecker] = useState<typeof Checker>();
  const loadChecker = useCallback(
    () => import("@/lib/design/wizard/checker").then((loaded) => (setChecker(loaded), loaded)),
    [],
  );
  useEffect(() => {
    if (loadAtOnce) void loadChecker();
  }, [loadChecker, loadAtOnce]);
  const local = useMemo(
    () => (checker ? checker.checkForm(values, { hasStoredPsk, siteOf }) : UNCHECKED),
    // The snapshot stands for the values: useWatch may hand out a new object with the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [checker, snapshot, hasStoredPsk, siteOf],
  );
  const [server, setServer] = useState<{ snapshot: string; issues: ApiIssue[] }>();
  const check = useMemo(() => {
    const extra = server?.snapshot === snapshot ? server.issues : [];
    const known = new Set(local.issues.map((issue) => issue.path));
    return {
      ...local,
      issues: [...local.issues, ...extra.filter((issue) => !known.has(issue.path))],
    };
  }, [local, server, snapshot]);
  const showServerIssues = useCallback(
    (issues: ApiIssue[]) => setServer({ snapshot, issues }),
    [snapshot],
  );
  return { check, checker, loadChecker, showServerIssues };
}
