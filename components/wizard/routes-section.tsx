"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { routeClashes } from "@/lib/design/routes/route-clashes";
import { valueAt, type FormValues } from "@/lib/design/wizard/form-values";
import {
  isRouteBased,
  NEW_GATEWAY,
  remoteNetworks,
  wantedRoutes,
} from "@/lib/design/wizard/site-routes";
import { CidrListEditor } from "./cidr-list-editor";
import { PickerSelect, usePickerItems } from "./picker";
import { useWizard, type CloudSide } from "./wizard-context";

/**
 * The routes of each cloud side: whether to add them, the VPC route table (the VPC's default
 * offered first), the destinations (the remote side's networks by default), the entries that will
 * be created, and how they meet the table's live routes (routeClashes) — before submit.
 */
export function RoutesSection() {
  const t = useTranslations("wizard.routes");
  const { form } = useWizard();
  const kind = form.watch("kind");
  const provider = form.watch("site.provider");
  const sides: CloudSide[] =
    kind === "cloudToCloud"
      ? [
          { prefix: "tencent", provider: "tencent" },
          { prefix: "alibaba", provider: "alibaba" },
        ]
      : provider === "alibaba"
        ? [{ prefix: "site", provider: "alibaba" }]
        : [{ prefix: "site", provider: "tencent" }];
  return (
    <section className="space-y-4" data-testid="routes-section" aria-labelledby="routes-title">
      <h3 id="routes-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {sides.map((side) => (
        <SideRoutes key={side.prefix} {...side} />
      ))}
    </section>
  );
}

type SiteValues = {
  account?: string;
  region?: string;
  vpcId?: string;
  routes?: { routeTableId?: string; destinations?: string[] };
};

function SideRoutes(side: CloudSide) {
  const t = useTranslations("wizard.routes");
  const tRoot = useTranslations();
  const { form } = useWizard();
  const values = form.watch() as FormValues;
  const { prefix, provider } = side;
  const site = (valueAt(values, prefix) ?? {}) as SiteValues;
  const routes = site.routes;
  const tables = usePickerItems(
    provider,
    "route-tables",
    { account: site.account || "default", region: site.region, vpcId: site.vpcId },
    Boolean(site.region && site.vpcId),
  );
  const defaultTable = tables.data?.items.find((item) => item.isDefault);
  const touched = { shouldDirty: true, shouldTouch: true };
  const routesPath = `${prefix}.routes` as const;

  // The VPC's default table until another is picked.
  useEffect(() => {
    if (routes && !routes.routeTableId && defaultTable) {
      form.setValue(`${routesPath}.routeTableId`, defaultTable.id, touched);
    }
  });

  const toggle = (on: boolean) => {
    const proposed = remoteNetworks(values, side);
    form.setValue(
      routesPath,
      on
        ? {
            routeTableId: defaultTable?.id ?? "",
            destinations: proposed.length > 0 ? proposed : [""],
          }
        : undefined,
      touched,
    );
  };

  const table = tables.data?.items.find((item) => item.id === routes?.routeTableId);
  const wanted = routes ? wantedRoutes(values, side) : [];
  const clashes = table ? routeClashes(wanted, table.routes ?? []) : [];
  const gatewayLabel = (id: string) => (id === NEW_GATEWAY ? t("newGateway") : id);
  return (
    <fieldset
      className="space-y-3 rounded-md border border-slate-200 bg-white p-4"
      data-testid={`${prefix}-routes`}
    >
      <legend className="px-1 text-sm font-medium text-slate-800">
        {tRoot(`wizard.providers.${provider}`)}
      </legend>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={Boolean(routes)}
          onChange={(event) => toggle(event.target.checked)}
          data-testid={`${prefix}-routes-add`}
        />
        {t("add")}
      </label>
      {routes ? (
        <>
          <PickerSelect
            path={`${routesPath}.routeTableId`}
            label={t("table")}
            choices={tables}
            value={routes.routeTableId ?? ""}
            onPick={(item) => form.setValue(`${routesPath}.routeTableId`, item?.id ?? "", touched)}
            describe={(item) =>
              [item.id, item.name, item.isDefault ? t("tableDefault") : undefined]
                .filter(Boolean)
                .join(" · ")
            }
            placeholder={site.vpcId ? t("tablePlaceholder") : t("pickVpcFirst")}
            testId={`${prefix}-route-table`}
          />
          <CidrListEditor
            path={`${routesPath}.destinations`}
            values={routes.destinations ?? [""]}
            onChange={(next) => form.setValue(`${routesPath}.destinations`, next, touched)}
            label={t("destinations")}
            testId={`${prefix}-route-destinations`}
          />
          <div>
            <h4 className="text-sm font-medium text-slate-800">{t("entriesTitle")}</h4>
            <ul
              className="mt-1 space-y-1 text-sm text-slate-700"
              data-testid={`${prefix}-route-entries`}
            >
              {wanted.map((route) => (
                <li key={`table ${route.destination}`}>
                  {t("entry", {
                    table: routes.routeTableId || "—",
                    destination: route.destination,
                    gateway: gatewayLabel(route.gatewayId),
                  })}
                </li>
              ))}
              {isRouteBased(values, side)
                ? wanted.map((route) => (
                    <li key={`gateway ${route.destination}`}>
                      {t("gatewayEntry", { destination: route.destination })}
                    </li>
                  ))
                : null}
            </ul>
          </div>
          {table ? (
            <div aria-live="polite">
              <h4 className="text-sm font-medium text-slate-800">{t("clashesTitle")}</h4>
              {clashes.length === 0 ? (
                <p className="text-sm text-slate-600" data-testid={`${prefix}-route-no-clashes`}>
                  {t("noClashes", { table: table.id })}
                </p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm" data-testid={`${prefix}-route-clashes`}>
                  {clashes.map((clash) => (
                    <li
                      key={`${clash.index} ${clash.rule} ${clash.existing?.destination ?? ""}`}
                      data-clash={clash.rule}
                      role={clash.severity === "block" ? "alert" : undefined}
                      className={
                        clash.severity === "block"
                          ? "text-red-700"
                          : clash.severity === "warn"
                            ? "text-amber-700"
                            : "text-slate-600"
                      }
                    >
                      {t(`severity.${clash.severity}`)}{" "}
                      {tRoot(clash.messageKey, {
                        ...clash.params,
                        gateway: gatewayLabel(clash.params.gateway ?? ""),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
