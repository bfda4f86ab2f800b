/** Drops the undefined properties of an object: the canonical model leaves optional fields out. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
