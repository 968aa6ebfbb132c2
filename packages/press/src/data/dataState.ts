// The data error of the last rebuild in `npm run dev`, shared between the dev server's watcher and the
// pages it renders. They run in one process but load this module separately (Vite runs the pages), so
// the state lives on globalThis.
const KEY = Symbol.for("@newarea/press:data-error");
const state = globalThis as { [KEY]?: Error | undefined };

/** Records the error of the last data rebuild, or clears it when the rebuild succeeded. */
export function setDataError(error: Error | undefined): void {
  state[KEY] = error;
}

/** Returns the error of the last data rebuild, if the data is broken right now. */
export function currentDataError(): Error | undefined {
  return state[KEY];
}
