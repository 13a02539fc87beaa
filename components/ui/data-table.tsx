import type { ReactNode } from "react";

/** The dashed box a list shows when it has nothing to show. */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600"
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/**
 * A bordered, horizontally scrolling table: one header cell per column, one `renderRow` per row
 * (it returns the `<tr>`, with its key). With `empty`, no rows show that text instead of the table.
 */
export function DataTable<Row>({
  columns,
  rows,
  renderRow,
  empty,
  testId,
}: {
  columns: readonly string[];
  rows: readonly Row[];
  renderRow: (row: Row) => ReactNode;
  empty?: string;
  testId?: string;
}) {
  if (rows.length === 0 && empty !== undefined) {
    return (
      <EmptyState>
        <p>{empty}</p>
      </EmptyState>
    );
  }
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen.
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{rows.map(renderRow)}</tbody>
      </table>
    </div>
  );
}

/** A row's first cell: its name, and a quieter line under it (an email, a hint). */
export function NameCell({ name, detail }: { name: string; detail: ReactNode }) {
  return (
    <td className="px-3 py-2">
      <div className="font-medium text-slate-900">{name}</div>
      {detail}
    </td>
  );
}
