import { expect, test } from "vitest";
import { createClient } from "../../src/db/createClient.ts";
import type { Engine } from "../../src/db/engine.ts";
import { TABLE_NAMES, type TableName } from "../../src/tables.ts";

/** An engine that records what it is asked and starts only when `release()` is called. */
function fakeEngine() {
  const log: string[] = [];
  let release = () => {};
  const engine: Engine = {
    run: async (sql) => {
      log.push(`run ${sql.split(/\s+/).slice(0, 2).join(" ")}`);
      return { schema: { fields: [] }, [Symbol.iterator]: [][Symbol.iterator] } as never;
    },
    insertArrow: async (_schema, name) => {
      log.push(`insert ${name}`);
    },
    close: async () => {},
  };
  const start = () =>
    new Promise<Engine>((resolve) => {
      log.push("start");
      release = () => {
        log.push("started");
        resolve(engine);
      };
    });
  const loadTable = async (name: TableName) => {
    log.push(`load ${name}`);
    return new Uint8Array([1]);
  };
  return { log, start, loadTable, release: () => release() };
}

test("createClient() reads the tables while the engine starts, not after it", async () => {
  const f = fakeEngine();
  const db = createClient(f.start, f.loadTable);
  const ready = db.ready();
  await new Promise((r) => setTimeout(r, 10));
  // Every table asked for, and the engine still starting.
  expect([...f.log].sort()).toEqual(["start", ...TABLE_NAMES.map((t) => `load ${t}`)].sort());
  f.release();
  await ready;
  expect(f.log.slice(TABLE_NAMES.length + 2).filter((l) => l.startsWith("insert"))).toHaveLength(
    TABLE_NAMES.length,
  );
});

test("createClient().prefetch() reads each table once and starts no engine; the first query uses them", async () => {
  const f = fakeEngine();
  let prefetched = 0;
  const db = createClient(f.start, f.loadTable, {}, () => {
    prefetched++;
  });
  db.prefetch();
  db.prefetch();
  await new Promise((r) => setTimeout(r, 10));
  expect(f.log).toEqual(TABLE_NAMES.map((t) => `load ${t}`));
  expect(prefetched).toBe(2);
  const ready = db.ready();
  f.release();
  await ready;
  expect(f.log.filter((l) => l.startsWith("load"))).toHaveLength(TABLE_NAMES.length);
  // Settings, then the four tables, then the views: three kinds of call, the tables once each.
  expect(f.log.filter((l) => l.startsWith("run"))).toEqual([
    "run SET autoinstall_known_extensions",
    "run CREATE OR",
  ]);
});
