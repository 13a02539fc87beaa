/**
 * Reads a vendor's word for something (a state, a next hop's type) as the app's word. Case does
 * not matter (the clouds' docs and answers disagree on it), and a word the table does not know
 * reads as `fallback`, so a word a cloud adds later never breaks a read.
 */
export function vendorWords<Ours extends string>(
  table: Readonly<Record<string, Ours>>,
  fallback: Ours,
): (word: string | undefined) => Ours {
  const ours = new Map(Object.entries(table).map(([word, value]) => [word.toLowerCase(), value]));
  return (word) => (word === undefined ? undefined : ours.get(word.toLowerCase())) ?? fallback;
}
