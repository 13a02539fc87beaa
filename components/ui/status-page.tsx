import type { ReactNode } from "react";

/** A whole page that only says what happened (not found, forbidden, an error) and the way on. */
export function StatusPage({
  title,
  body,
  children,
}: {
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{body}</p>
      {children}
    </main>
  );
}
