// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import type { ExecutionStepView } from "@/lib/schemas/execution";
import { ExecutionStepRow } from "./execution-step-row";
import { PORTAL_ERRORS } from "./step-error";

const EXPLANATION = {
  en: "The quota is full. Ask for a higher quota.",
  zh: "配额已满。请申请提高配额。",
};

const FAILED: ExecutionStepView = {
  stepId: "alibaba-gateway",
  provider: "alibaba",
  action: "CreateVpnGateway",
  region: "cn-hangzhou",
  state: "failed",
  attempts: 1,
  resourceId: null,
  cloudState: null,
  publicIp: null,
  orderId: null,
  adopted: false,
  requestId: "REQ-FAILED-1",
  startedAt: "2026-12-06T11:45:54.000Z",
  finishedAt: "2026-12-06T11:46:30.000Z",
  error: {
    code: "Resource.QuotaFull",
    message: "The quota of VPN gateways is full.",
    requestId: "REQ-FAILED-1",
    explanation: EXPLANATION,
  },
};

const DONE: ExecutionStepView = {
  ...FAILED,
  state: "done",
  resourceId: "vpn-123",
  requestId: "REQ-CREATED-2",
  error: null,
};

function renderRow(step: ExecutionStepView, locale: "en" | "zh-CN") {
  render(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === "en" ? en : zh}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      <table>
        <tbody>
          <ExecutionStepRow step={step} />
        </tbody>
      </table>
    </NextIntlClientProvider>,
  );
  return screen.getByTestId(`execution-step-${step.stepId}`);
}

afterEach(cleanup);

describe("a step of the execution, as an admin reads it", () => {
  it("explains a failed call in Chinese: code, explanation and what to do, the cloud's words", () => {
    const row = renderRow(FAILED, "zh-CN");
    const error = within(row).getByRole("alert");
    expect(within(error).getByTestId("step-error-code").textContent).toBe("Resource.QuotaFull");
    expect(within(error).getByTestId("step-error-explanation").textContent).toBe(EXPLANATION.zh);
    expect(error.textContent).toContain(`${zh.execution.cloudMessage}: ${FAILED.error?.message}`);
    expect(within(row).getByTestId("request-id").textContent).toBe("REQ-FAILED-1");
  });

  it("explains it in English in the English UI", () => {
    const row = renderRow(FAILED, "en");
    expect(within(row).getByTestId("step-error-explanation").textContent).toBe(EXPLANATION.en);
  });

  it("shows a successful call's RequestId and the step's times in the reader's locale", () => {
    const zhRow = renderRow(DONE, "zh-CN");
    expect(within(zhRow).getByTestId("request-id").textContent).toBe("REQ-CREATED-2");
    expect(within(zhRow).queryByRole("alert")).toBeNull();
    expect(within(zhRow).getByTestId("step-started").textContent).toBe(
      zh.execution.started.replace("{time}", "2026年12月6日 11:45:54"),
    );
    cleanup();
    const enRow = renderRow(DONE, "en");
    expect(within(enRow).getByTestId("step-finished").textContent).toBe(
      en.execution.finished.replace("{time}", "Dec 6, 2026, 11:46:30 AM"),
    );
  });

  it("says whose payment a subscription order waits for, with its OrderId, in each language", () => {
    const step: ExecutionStepView = {
      ...DONE,
      state: "waiting",
      finishedAt: null,
      cloudState: "awaitingPayment",
      orderId: "212345678901",
    };
    const row = renderRow(step, "zh-CN");
    expect(within(row).getByTestId("awaiting-payment").textContent).toBe(
      zh.execution.awaitingPayment.replace("{orderId}", "212345678901"),
    );
    cleanup();
    expect(within(renderRow(step, "en")).getByRole("status").textContent).toContain("212345678901");
    cleanup();
    expect(within(renderRow(DONE, "en")).queryByTestId("awaiting-payment")).toBeNull();
  });

  it("shows a prepaid gateway's term end and renewal, in each language", () => {
    const step: ExecutionStepView = {
      ...DONE,
      prepaidUntil: "2027-12-06T11:46:30.000Z",
      renewal: "manual",
    };
    expect(within(renderRow(step, "en")).getByTestId("prepaid-term").textContent).toBe(
      `${en.execution.prepaidUntil.replace("{time}", "Dec 6, 2027")} · ${en.execution.renewal.manual}`,
    );
    cleanup();
    expect(within(renderRow(step, "zh-CN")).getByTestId("prepaid-term").textContent).toBe(
      `${zh.execution.prepaidUntil.replace("{time}", "2027年12月6日")} · ${zh.execution.renewal.manual}`,
    );
    cleanup();
    expect(within(renderRow(DONE, "en")).queryByTestId("prepaid-term")).toBeNull();
  });

  it("explains the portal's own codes from the messages, in each language", () => {
    const step = {
      ...FAILED,
      error: { code: "Portal.ActiveTimeout", message: "The resource did not become active." },
    };
    const row = renderRow(step, "zh-CN");
    expect(within(row).getByTestId("step-error-explanation").textContent).toBe(
      zh.execution.portalErrors.ActiveTimeout,
    );
  });
});

/** Every `.ts` file under `dir`, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test.") ? [path] : [];
  });
}

describe("the portal's own failure codes", () => {
  it("each one the server can record has an explanation in both languages", () => {
    const codes = new Set(
      sourceFiles("lib").flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/"Portal\.([A-Za-z]+)"/g)].map((m) => m[1]!),
      ),
    );
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].sort()).toEqual([...PORTAL_ERRORS].sort());
    for (const code of PORTAL_ERRORS) {
      expect(en.execution.portalErrors[code]).toBeTruthy();
      expect(zh.execution.portalErrors[code]).toMatch(/\p{Script=Han}/u);
    }
  });
});
