import { expect, test } from "vitest";
import { createClient } from "../../src/db/createClient.ts";
import { type Engine, EngineRestarted } from "../../src/db/engine.ts";
import { TABLE_NAMES, type TableName } from "../../src/tables.ts";

/** An engine that records what it is asked and starts only when `release()` is called. */
function fakeEngine() {
  const log: string[] = [];
  let release = () => {};
  const run = async (sql: string) => {
    log.push(`run ${sql.split(/\s+/).slice(0, 2).join(" ")}`);
    return { schema: { fields: [] }, [Symbol.iterator]: [][Symbol.iterator] } as never;
  };
  const engine: Engine = {
    run,
    runOne: run,
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

/**
 * An engine whose runOne answers "ok" unless the SQL says "stuck": then it ignores its signal, as a
 * worker busy in an operator that never yields does. Counts starts and kills.
 */
function stuckEngines() {
  const counts = { starts: 0, kills: 0 };
  const table = { schema: { fields: [] }, [Symbol.iterator]: [][Symbol.iterator] } as never;
  const start = async (): Promise<Engine> => {
    counts.starts++;
    return {
      run: async () => table,
      runOne: (sql, _params, signal) =>
        sql === "stuck"
          ? new Promise(() => {})
          : new Promise((resolve, reject) => {
              const t = setTimeout(() => resolve(table), 50);
              signal?.addEventListener("abort", () => {
                clearTimeout(t);
                reject(new Error("cancelled"));
              });
            }),
      insertArrow: async () => {},
      close: async () => {},
      kill: () => {
        counts.kills++;
      },
    };
  };
  return { counts, start, loadTable: async () => new Uint8Array([1]) };
}

test("createClient().queryOne() cancelled, on an engine that ignores the cancel, kills it after cancelGraceMs, starts another with the tables and rejects every waiting call with EngineRestarted", async () => {
  const f = stuckEngines();
  const db = createClient(f.start, f.loadTable, { cancelGraceMs: 100 });
  const stop = new AbortController();
  const stuck = db.queryOne("stuck", [], stop.signal);
  const waiting = db.queryOne("stuck");
  await db.ready();
  const t0 = Date.now();
  stop.abort();
  await expect(stuck).rejects.toBeInstanceOf(EngineRestarted);
  await expect(waiting).rejects.toBeInstanceOf(EngineRestarted);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
  expect(f.counts).toEqual({ starts: 2, kills: 1 });
  // The new engine answers.
  expect(await db.queryOne("select 1")).toEqual([]);
});

test("createClient().queryOne() cancelled, on an engine that stops in time, keeps the engine", async () => {
  const f = stuckEngines();
  const db = createClient(f.start, f.loadTable, { cancelGraceMs: 100 });
  const stop = new AbortController();
  const q = db.queryOne("select 1", [], stop.signal);
  await db.ready();
  stop.abort();
  await expect(q).rejects.toThrow("cancelled");
  await new Promise((r) => setTimeout(r, 200));
  expect(f.counts).toEqual({ starts: 1, kills: 0 });
  expect(await db.queryOne("select 1")).toEqual([]);
});
