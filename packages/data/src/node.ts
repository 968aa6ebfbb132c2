// Everything shared, plus the Node-only pieces: openDatabase over files, and the build pipeline.
export { patchDuckdbGlue } from "./db/duckdbGlue.ts";
export { defaultTablesDir, type NodeOptions, openDatabase } from "./db/nodeDatabase.ts";
export {
  applyExportPlan,
  type ExportPlan,
  glueIdentifiers,
  planExports,
  type WasmExport,
} from "./db/wasmExports.ts";
export * from "./index.ts";
export { buildData, findDataDir } from "./pipeline/buildData.ts";
export { DataError, type DataErrorDetail } from "./pipeline/DataError.ts";
export {
  DATA_PACKAGE_FILE,
  DATA_PACKAGE_PROFILE,
  type DataPackage,
  type DataResource,
  dataPackage,
  type SchemaField,
  withPathPrefix,
} from "./pipeline/dataPackage.ts";
export { loadData } from "./pipeline/loadData.ts";
export type { Manifest, ManifestFile } from "./pipeline/writeTables.ts";
