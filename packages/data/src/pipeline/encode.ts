import { Float64, Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { ColumnSpec, TableRows } from "../tables.ts";

/** Encodes rows as an Arrow IPC stream, the format DuckDB-WASM loads without any extension. */
export function toArrowIPC(columns: ColumnSpec[], rows: TableRows): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      vectorFromArray(
        rows.map((r) => r[c.name] ?? null),
        c.type === "double" ? new Float64() : new Utf8(),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), "stream");
}

/** Encodes rows as Parquet (hyparquet-writer: DuckDB-WASM cannot write Parquet offline). */
export function toParquet(columns: ColumnSpec[], rows: TableRows): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({
      name: c.name,
      data: rows.map((r) => r[c.name] ?? null),
      type: c.type === "double" ? "DOUBLE" : "STRING",
      nullable: c.nullable,
    })),
  });
  return new Uint8Array(buffer);
}

/** Encodes rows as a JSON array of objects, keys in column order. */
export function toJson(columns: ColumnSpec[], rows: TableRows): string {
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, r[c.name] ?? null])));
  return `${JSON.stringify(ordered, null, 1)}\n`;
}
