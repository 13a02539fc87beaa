import Link from "next/link";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Options } from "./options";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** The message namespaces that name a filter form and its buttons (`filters`, `apply`, `reset`). */
type FilterMessages = {
  [Name in keyof IntlMessages]: IntlMessages[Name] extends Record<
    "filters" | "apply" | "reset",
    string
  >
    ? Name
    : never;
}[keyof IntlMessages];

/**
 * A plain GET form over a list: the filters live in the URL, so a filtered view works without JS
 * and can be shared. `columns` lays the fields out (Tailwind grid classes); reset goes to `action`.
 */
export async function FilterForm({
  action,
  messages,
  columns,
  children,
}: {
  action: string;
  messages: FilterMessages;
  columns: string;
  children: ReactNode;
}) {
  const t = await getTranslations(messages);
  return (
    <form
      method="get"
      action={action}
      aria-label={t("filters")}
      className={`mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm ${columns}`}
    >
      {children}
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-white">
          {t("apply")}
        </button>
        <Link
          href={action}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700"
        >
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

/** A text (or date, or search) filter, filled with the value in the URL. */
export function FilterInput({
  label,
  name,
  value,
  type,
  placeholder,
}: {
  label: string;
  name: string;
  value: string | undefined;
  type?: "search" | "date";
  placeholder?: string;
}) {
  return (
    <label className="text-slate-700">
      {label}
      <input
        name={name}
        type={type}
        placeholder={placeholder}
        defaultValue={value ?? ""}
        className={inputClass}
      />
    </label>
  );
}

/**
 * The message namespaces that word a choice filter called `Name` over `Value`s by one naming rule:
 * its label `Name`, the empty choice `any<Name>` and each value at `<Name>s.<value>`.
 */
type ChoiceMessages<Name extends string, Value extends string> = {
  [Namespace in keyof IntlMessages]: [
    Name | `any${Capitalize<Name>}` | `${Name}s.${Value}`,
  ] extends [MessageKeys<IntlMessages[Namespace], NestedKeyOf<IntlMessages[Namespace]>>]
    ? Namespace
    : never;
}[keyof IntlMessages];

/** A choice among `values`, or any (the empty value), worded from `messages` by its `name`. */
export async function FilterSelect<Name extends string, Value extends string>({
  messages,
  name,
  value,
  values,
}: {
  messages: ChoiceMessages<Name, Value>;
  name: Name;
  value: string | undefined;
  values: readonly Value[];
}) {
  const translate = await getTranslations();
  // ChoiceMessages has checked, for this namespace, every key `t` is given below.
  const t = (key: string) => translate(`${messages}.${key}` as Parameters<typeof translate>[0]);
  const any = `any${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return (
    <label className="text-slate-700">
      {t(name)}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{t(any)}</option>
        <Options values={values} label={(choice) => t(`${name}s.${choice}`)} />
      </select>
    </label>
  );
}
