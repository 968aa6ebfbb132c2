import type { Table, Type } from "apache-arrow";

// Arrow's type ids (Schema.fbs), typed against Arrow's own enum so that a wrong number fails to compile.
// Importing the enum itself would load Arrow's ESM build in Node beside the CommonJS copy DuckDB-WASM loads.
const DECIMAL: Type.Decimal = 7;
const DATE: Type.Date = 8;
const TIMESTAMP: Type.Timestamp = 10;
const LIST: Type.List = 12;
const NONE: Type.NONE = 0;

type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

/**
 * Converts an Arrow result to plain row objects at the boundary: BIGINT and HUGEINT become numbers (or
 * strings when beyond 2^53), DECIMAL a number, DATE `YYYY-MM-DD`, TIMESTAMP ISO text, lists arrays.
 * Returns one object per row, keys in column order.
 */
export function toRows<T = Record<string, Plain>>(table: Table): T[] {
  const fields = table.schema.fields;
  const out: T[] = [];
  for (const row of table) {
    const obj: Record<string, Plain> = {};
    for (const f of fields) obj[f.name] = convert((row as Record<string, unknown>)[f.name], f.typeId);
    out.push(obj as T);
  }
  return out;
}

function convert(v: unknown, typeId: Type): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeId === DATE && typeof v === "number") return new Date(v).toISOString().slice(0, 10);
  if (typeId === TIMESTAMP && typeof v === "number") return new Date(v).toISOString();
  if (typeId === DECIMAL) return Number(String(v));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object" && v !== null && "toArray" in v && typeId === LIST) {
    return Array.from((v as { toArray(): unknown[] }).toArray(), (x) => convert(x, NONE));
  }
  if (typeof v === "object" && v !== null && "toJSON" in v) return (v as { toJSON(): Plain }).toJSON();
  return v as Plain;
}
