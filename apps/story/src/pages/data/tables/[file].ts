import type { APIRoute, GetStaticPaths } from "astro";
import { readManifest, readTableFile } from "../../../lib/downloads/tableFiles.ts";

const TYPES: Record<string, string> = {
  arrow: "application/vnd.apache.arrow.file",
  parquet: "application/vnd.apache.parquet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * Every table file of the data package, byte for byte as it was built (the checksums on /data/ are the
 * manifest's), plus the manifest itself: /data/tables/<table>.<format>.
 */
export const getStaticPaths = (() =>
  [
    ...readManifest().files.map((f) => ({ file: f.file, format: f.format })),
    { file: "manifest.json", format: "json" },
  ].map(({ file, format }) => ({ params: { file }, props: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(readTableFile(params.file as string), {
    headers: { "content-type": TYPES[(props as { format: string }).format] ?? "application/octet-stream" },
  });
