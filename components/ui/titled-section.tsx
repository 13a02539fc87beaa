import { useId, type ReactNode } from "react";

const HEADING_CLASS = {
  h2: "text-lg font-semibold text-slate-900",
  h3: "font-semibold text-slate-900",
} as const;

/** A card's look: a white, bordered box. */
export const cardClass = "rounded-lg border border-slate-200 bg-white p-4";

/**
 * A section named by its heading (`aria-labelledby`, so screen readers list it by name): the
 * heading, an optional intro under it, then the content.
 */
export function TitledSection({
  title,
  intro,
  heading: Heading = "h2",
  className,
  testId,
  children,
}: {
  title: string;
  intro?: ReactNode;
  heading?: keyof typeof HEADING_CLASS;
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <div>
        <Heading id={id} className={HEADING_CLASS[Heading]}>
          {title}
        </Heading>
        {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
