import type { ReactNode } from "react";

/** A card of labelled facts (a `<dl>`); `className` lays them out (grid columns, margins). */
export function FactList({ className, children }: { className: string; children: ReactNode }) {
  return (
    <dl
      className={`grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm ${className}`}
    >
      {children}
    </dl>
  );
}

/** One fact of a FactList: its label, then its value. */
export function Fact({
  label,
  children,
  valueClassName,
  testId,
  wide,
}: {
  label: string;
  children: ReactNode;
  valueClassName?: string;
  testId?: string;
  /** Takes two columns. */
  wide?: boolean;
}) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-slate-600">{label}</dt>
      <dd className={valueClassName} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
