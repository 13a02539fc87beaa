// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import type { PickerItem, PickerList } from "@/lib/schemas/cloud-picker";
import { PickerSelect } from "./picker";
import { WizardContext, type WizardForm } from "./wizard-context";

afterEach(cleanup);

function Wizard({ children }: { children: ReactNode }) {
  const form = useForm<WizardForm>();
  const check = { design: undefined, issues: [], findings: [] };
  return (
    <WizardContext.Provider
      value={{ form, check, showErrorsFor: () => false, hasStoredPsk: false, checker: undefined }}
    >
      {children}
    </WizardContext.Provider>
  );
}

const vpcs = (count: number): PickerItem[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `vpc-bulk${String(i + 1).padStart(4, "0")}`,
    name: i === count - 1 ? "Finance-Ledger" : `office-${i + 1}`,
  }));

function renderPicker(
  data: PickerList,
  options: { value?: string; locale?: "en" | "zh-CN"; onSubmit?: () => void } = {},
) {
  const onPick = vi.fn<(item: PickerItem | undefined) => void>();
  const { locale = "en", value = "", onSubmit = () => {} } = options;
  render(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh}>
      <Wizard>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <PickerSelect
            path="site.vpcId"
            label="VPC"
            choices={{ data, isLoading: false, error: null }}
            value={value}
            onPick={onPick}
            describe={(item) => `${item.id} · ${item.name}`}
            placeholder="Choose a VPC"
            testId="tencent-vpc"
          />
        </form>
      </Wizard>
    </NextIntlClientProvider>,
  );
  const select = screen.getByTestId("tencent-vpc") as HTMLSelectElement;
  const offered = () =>
    within(select)
      .getAllByRole("option")
      .map((option) => (option as HTMLOptionElement).value)
      .filter(Boolean);
  return { onPick, select, offered };
}

describe("the picker's search box", () => {
  it("shows only on a list longer than 20", () => {
    renderPicker({ items: vpcs(20) });
    expect(screen.queryByRole("searchbox")).toBeNull();
    cleanup();
    renderPicker({ items: vpcs(21) });
    expect(screen.getByRole("searchbox", { name: "Search: VPC" })).toBeTruthy();
  });

  it("narrows the choices by name or id, whatever the case, and says how many match", () => {
    const { offered } = renderPicker({ items: vpcs(300) });
    const search = screen.getByRole("searchbox", { name: "Search: VPC" });
    expect(offered()).toHaveLength(300);
    fireEvent.change(search, { target: { value: "ledger" } });
    expect(offered()).toEqual(["vpc-bulk0300"]);
    expect(screen.getByRole("status").textContent).toBe("1 of 300 shown");
    fireEvent.change(search, { target: { value: "VPC-BULK029" } });
    expect(offered()).toEqual(Array.from({ length: 10 }, (_, i) => `vpc-bulk029${i}`));
    fireEvent.change(search, { target: { value: "nowhere" } });
    expect(offered()).toEqual([]);
    expect(screen.getByRole("status").textContent).toBe("Nothing matches “nowhere”.");
  });

  it("picks the first match on Enter without submitting the wizard", () => {
    const onSubmit = vi.fn();
    const { onPick } = renderPicker({ items: vpcs(300) }, { onSubmit });
    const search = screen.getByRole("searchbox");
    fireEvent.change(search, { target: { value: "office-25" } });
    fireEvent.keyDown(search, { key: "Enter" });
    expect(onPick).toHaveBeenCalledWith({ id: "vpc-bulk0025", name: "office-25" });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("keeps the picked choice listed while the search hides it", () => {
    const { select, offered } = renderPicker({ items: vpcs(300) }, { value: "vpc-bulk0007" });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "ledger" } });
    expect(offered()).toEqual(["vpc-bulk0007", "vpc-bulk0300"]);
    expect(select.value).toBe("vpc-bulk0007");
  });

  it("is labelled in Chinese too", () => {
    renderPicker({ items: vpcs(30) }, { locale: "zh-CN" });
    const search = screen.getByRole("searchbox", { name: "搜索：VPC" });
    fireEvent.change(search, { target: { value: "ledger" } });
    expect(screen.getByRole("status").textContent).toBe("显示 1 / 30 项");
  });
});

describe("a list the server cut short", () => {
  it("says what was read of how many, for the list and for the gateways' tunnels", () => {
    renderPicker({
      items: vpcs(3),
      truncated: [
        { list: "items", shown: 1000, total: 1251 },
        { list: "tunnels", shown: 1000, total: 1250 },
      ],
    });
    const notes = screen.getAllByRole("note").map((note) => note.textContent);
    expect(notes).toEqual([
      "The cloud lists 1251; the portal reads only the first 1000. If yours is not here, narrow the list in the cloud console.",
      "The cloud lists 1250 existing tunnels; the portal read only the first 1000, so the check against the gateway's other tunnels may miss a clash.",
    ]);
  });
});
