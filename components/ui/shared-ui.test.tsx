// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import { ApiError } from "@/lib/query/fetch-json";
import { ConfirmDialog } from "./confirm-dialog";
import { ConfirmedActionButton } from "./confirmed-action-button";
import { DataTable } from "./data-table";
import { ErrorAlert } from "./error-alert";
import { filterQueryString } from "./paged-results";
import { TextAreaField } from "./text-area-field";
import { TitledSection } from "./titled-section";

const inEnglish = (children: ReactNode) =>
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      {children}
    </NextIntlClientProvider>,
  );

afterEach(cleanup);

describe("DataTable", () => {
  const rows = [
    { id: "a", name: "Guangzhou" },
    { id: "b", name: "Shenzhen" },
  ];
  const renderRow = (row: (typeof rows)[number]) => (
    <tr key={row.id}>
      <td>{row.name}</td>
    </tr>
  );

  it("heads every column and renders each row", () => {
    render(<DataTable testId="t" columns={["Name"]} rows={rows} renderRow={renderRow} />);
    const table = screen.getByTestId("t");
    expect(within(table).getByRole("columnheader", { name: "Name" })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["Name", "Guangzhou", "Shenzhen"]);
  });

  it("says `empty` instead of an empty table, and shows a bare table without it", () => {
    render(<DataTable columns={["Name"]} rows={[]} renderRow={renderRow} empty="Nothing yet." />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("Nothing yet.")).toBeTruthy();
    cleanup();
    render(<DataTable columns={["Name"]} rows={[]} renderRow={renderRow} />);
    expect(screen.getAllByRole("row")).toHaveLength(1);
  });
});

describe("ErrorAlert", () => {
  it("shows nothing without an error", () => {
    inEnglish(<ErrorAlert error={null} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("explains the specific refusal when the answer gave one, else the error code", () => {
    const refused = new ApiError(409, "conflict", "own link", [], "ownLink");
    inEnglish(<ErrorAlert error={refused} />);
    expect(screen.getByRole("alert").textContent).toBe(en.approvals.errors.ownLink);
    cleanup();
    inEnglish(
      <ErrorAlert
        error={new ApiError(429, "rate_limited", "slow down")}
        text={(message) => `Could not save: ${message}`}
      />,
    );
    expect(screen.getByRole("alert").textContent).toBe(
      `Could not save: ${en.apiErrors.rate_limited}`,
    );
  });

  it("takes a failure that is no API answer for a server error", () => {
    inEnglish(<ErrorAlert error={new TypeError("Failed to fetch")} />);
    expect(screen.getByRole("alert").textContent).toBe(en.apiErrors.internal);
  });
});

describe("ConfirmDialog", () => {
  const words = en.links.discard;
  const dialog = (busy: boolean, onConfirm = vi.fn(), onCancel = vi.fn()) => (
    <ConfirmDialog messages="links.discard" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      Nothing was created in the cloud.
    </ConfirmDialog>
  );

  it("is named by its title, described by its body, and goes ahead or back", () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    inEnglish(dialog(false, onConfirm, onCancel));
    const box = screen.getByRole("alertdialog", { name: words.title });
    expect(box.getAttribute("aria-describedby")).toBe(
      screen.getByText("Nothing was created in the cloud.").id,
    );
    fireEvent.click(within(box).getByRole("button", { name: words.confirm }));
    fireEvent.click(within(box).getByRole("button", { name: words.cancel }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("cannot be answered twice while its request runs", () => {
    inEnglish(dialog(true));
    const confirm = screen.getByRole("button", { name: words.busy }) as HTMLButtonElement;
    const cancel = screen.getByRole("button", { name: words.cancel }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(cancel.disabled).toBe(true);
  });

  it("keeps the focus while open: on its field, else on cancel; Escape cancels; closing returns it", async () => {
    function Opener({ field }: { field: boolean }) {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          {open ? (
            <ConfirmDialog
              messages="links.discard"
              busy={false}
              onConfirm={() => setOpen(false)}
              onCancel={() => setOpen(false)}
            >
              {field ? <input aria-label="Reason" /> : "Nothing was created in the cloud."}
            </ConfirmDialog>
          ) : null}
        </>
      );
    }
    for (const field of [false, true]) {
      inEnglish(<Opener field={field} />);
      const opener = screen.getByRole("button", { name: "Open" });
      opener.focus();
      fireEvent.click(opener);
      const box = screen.getByRole("alertdialog", { name: words.title });
      const first = field
        ? within(box).getByRole("textbox", { name: "Reason" })
        : within(box).getByRole("button", { name: words.cancel });
      await waitFor(() => expect(document.activeElement).toBe(first));
      fireEvent.keyDown(document.activeElement!, { key: "Escape" });
      expect(screen.queryByRole("alertdialog")).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(opener));
      cleanup();
    }
  });

  it("takes only a namespace that words a confirmation", () => {
    const messages = (namespace: ComponentProps<typeof ConfirmDialog>["messages"]) => namespace;
    expect(messages("peerConfig.withPskConfirm")).toBe("peerConfig.withPskConfirm");
    // @ts-expect-error the peer config section has a title but no confirm and cancel words
    expect(messages("peerConfig")).toBe("peerConfig");
    // @ts-expect-error the approval review section has no busy words of its own
    expect(messages("approvals.review")).toBe("approvals.review");
  });
});

describe("TextAreaField", () => {
  it("is named by its label, reports each edit, and reads out its hint and what is wrong", () => {
    const onChange = vi.fn();
    render(
      <TextAreaField
        label="Comment"
        name="comment"
        value=""
        onChange={onChange}
        rows={3}
        hint="Required to reject."
        error="Say why you reject it."
        errorTestId="comment-error"
      />,
    );
    const box = screen.getByRole("textbox", { name: "Comment" });
    fireEvent.change(box, { target: { value: "Looks right" } });
    expect(onChange).toHaveBeenCalledWith("Looks right");
    expect(box.getAttribute("aria-invalid")).toBe("true");
    const described = (box.getAttribute("aria-describedby") ?? "").split(" ");
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual([
      "Required to reject.",
      "Say why you reject it.",
    ]);
    expect(screen.getByTestId("comment-error").textContent).toBe("Say why you reject it.");
  });

  it("is not marked invalid and describes nothing without a hint or an error", () => {
    render(<TextAreaField label="Reason" name="reason" value="" onChange={vi.fn()} rows={2} />);
    const box = screen.getByRole("textbox", { name: "Reason" });
    expect(box.getAttribute("aria-invalid")).toBeNull();
    expect(box.getAttribute("aria-describedby")).toBeNull();
  });
});

describe("TitledSection", () => {
  it("is a region named by its heading", () => {
    render(
      <>
        <TitledSection title="Users" intro="Who may sign in.">
          <p>table</p>
        </TitledSection>
        <TitledSection title="Approval policy" heading="h3" />
      </>,
    );
    expect(screen.getByRole("region", { name: "Users" }).textContent).toContain("Who may sign in.");
    expect(screen.getByRole("heading", { level: 3, name: "Approval policy" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Approval policy" })).toBeTruthy();
  });
});

describe("filterQueryString", () => {
  it("keeps the set filters among the keys, in their order, encoded", () => {
    const query = { actor: "ada@example.com", action: "", to: "2026-01-31", page: "2" };
    expect(filterQueryString(query, ["actor", "action", "from", "to"])).toBe(
      "actor=ada%40example.com&to=2026-01-31",
    );
    expect(filterQueryString({}, ["search"])).toBe("");
  });
});

describe("ConfirmedActionButton", () => {
  const words = en.links.discard;
  const idle: { isPending: boolean; isSuccess: boolean; error: unknown } = {
    isPending: false,
    isSuccess: false,
    error: null,
  };
  const button = (request = idle, onConfirm = vi.fn()) => (
    <ConfirmedActionButton
      label="Give up this link"
      testId="confirm"
      messages="links.discard"
      request={request}
      onConfirm={onConfirm}
    >
      Nothing was created in the cloud.
    </ConfirmedActionButton>
  );

  it("asks first, then goes ahead; Cancel closes without a request", () => {
    const onConfirm = vi.fn();
    inEnglish(button(idle, onConfirm));
    expect(screen.queryByTestId("confirm")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Give up this link" }));
    const box = screen.getByRole("alertdialog", { name: words.title });
    expect(within(box).getByText("Nothing was created in the cloud.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Give up this link" }).hasAttribute("disabled")).toBe(
      true,
    );
    fireEvent.click(within(box).getByRole("button", { name: words.cancel }));
    expect(screen.queryByTestId("confirm")).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Give up this link" }));
    fireEvent.click(screen.getByRole("button", { name: words.confirm }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it("stays disabled once done, and says why a request failed", () => {
    const { rerender } = inEnglish(button({ ...idle, isSuccess: true }));
    expect(screen.getByRole("button", { name: "Give up this link" }).hasAttribute("disabled")).toBe(
      true,
    );
    rerender(
      <NextIntlClientProvider locale="en" messages={en}>
        {button({ ...idle, error: new Error("boom") })}
      </NextIntlClientProvider>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
