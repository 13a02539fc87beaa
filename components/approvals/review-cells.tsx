import { useFormatter } from "next-intl";
import type { ReactNode } from "react";

/** The first cell of a row waiting for review: the link's name (to where it is decided), a line under it. */
export function ReviewNameCell({
  href,
  name,
  detail,
}: {
  href: string;
  name: string;
  detail: ReactNode;
}) {
  return (
    <td className="px-3 py-2">
      <a href={href} className="font-medium text-brand-700 hover:underline">
        {name}
      </a>
      <div className="text-xs text-slate-500">{detail}</div>
    </td>
  );
}

/** How long a request has waited, relative to `now` (the exact time in `dateTime`). */
export function WaitingSinceCell({ since, now }: { since: Date; now: Date }) {
  const format = useFormatter();
  return (
    <td className="whitespace-nowrap px-3 py-2 text-slate-600">
      <time dateTime={since.toISOString()}>{format.relativeTime(since, now)}</time>
    </td>
  );
}
