/** The fields an answer repeats exactly as the record stores them (the rest each view computes). */
export function storedFields<Stored extends object, Key extends keyof Stored>(
  record: Stored,
  keys: readonly Key[],
): Pick<Stored, Key> {
  const picked: Partial<Pick<Stored, Key>> = {};
  for (const key of keys) picked[key] = record[key];
  return picked as Pick<Stored, Key>;
}
