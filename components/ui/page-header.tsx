import Link from "next/link";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  actions,
  back,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
  /** The way back to the list this page belongs to. */
  back?: { href: string; label: string };
}) {
  return (
    <>
      {back ? (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-brand-700 hover:underline">
            {back.label}
          </Link>
        </p>
      ) : null}
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
        </div>
        {actions}
      </div>
    </>
  );
}
