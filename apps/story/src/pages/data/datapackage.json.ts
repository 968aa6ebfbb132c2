import type { APIRoute } from "astro";
import { readDataPackage } from "../../lib/downloads/tableFiles.ts";

/** The tables described as a Frictionless Data Package, for R, Python and other tools: /data/datapackage.json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(readDataPackage(), null, 1)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
