// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { LINK_PROVIDERS } from "@/lib/schemas/link/link-query";
import { FilterSelect } from "./filter-form";

vi.mock("next-intl/server", () => ({
  getTranslations: (namespace: keyof typeof en) =>
    Promise.resolve(createTranslator({ locale: "en", messages: en, namespace })),
}));

afterEach(cleanup);

describe("FilterSelect", () => {
  it("words the filter, its any choice and each value from one naming rule", async () => {
    render(
      await FilterSelect({
        messages: "links",
        name: "provider",
        values: LINK_PROVIDERS,
        value: "alibaba",
      }),
    );
    const select = screen.getByRole("combobox", { name: en.links.provider }) as HTMLSelectElement;
    expect(select.name).toBe("provider");
    expect(select.value).toBe("alibaba");
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      en.links.anyProvider,
      ...LINK_PROVIDERS.map((provider) => en.links.providers[provider]),
    ]);
  });

  it("offers any (the empty value) when the URL chooses nothing", async () => {
    render(await FilterSelect({ messages: "audit", name: "action", values: [], value: undefined }));
    const select = screen.getByRole("combobox", { name: en.audit.action }) as HTMLSelectElement;
    expect(select.value).toBe("");
    expect(select.options[0]?.textContent).toBe(en.audit.anyAction);
  });

  it("refuses, at type level, a namespace that does not word the filter", () => {
    const props = (
      messages: Parameters<typeof FilterSelect<"provider", "tencent">>[0]["messages"],
    ) => messages;
    expect(props("links")).toBe("links");
    // @ts-expect-error audit has no provider, anyProvider and providers
    expect(props("audit")).toBe("audit");
  });
});
