import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** A day, written 2026-11-26 (YAML reads an unquoted date as a Date: both are accepted). */
const isoDay = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/**
 * The story, one Markdown file per language (`zh.md`, `en.md`). The frontmatter is checked here; the
 * body's blocks and figure tokens are checked by @newarea/press when the page is built.
 */
const story = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/story" }),
  schema: z.object({
    lang: z.enum(["zh", "en"]),
    /** The headline. */
    title: z.string().min(4).max(80),
    /** The standfirst under the headline: one or two sentences. */
    dek: z.string().min(10).max(320),
    /** For search engines and share cards: at most 200 characters. */
    description: z.string().min(10).max(200),
    /** Short title for the share card image; the headline when absent. */
    shareTitle: z.string().max(60).optional(),
    byline: z.string().min(1),
    /** Publication date, ISO. */
    published: isoDay,
    /** Date of the last substantive change, ISO. */
    updated: isoDay.optional(),
    /** A line above the headline. */
    kicker: z.string().optional(),
  }),
});

/**
 * The notebook, one Markdown file per language: prose, ```sql cells, `:::chart` and `:::table` cells.
 * The cells are checked and run by @newarea/press when the page is built.
 */
const notebook = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/notebook" }),
  schema: z.object({
    lang: z.enum(["zh", "en"]),
    title: z.string().min(4).max(80),
    /** One or two sentences under the title. */
    dek: z.string().min(10).max(320),
    /** For search engines and share cards: at most 200 characters. */
    description: z.string().min(10).max(200),
  }),
});

export const collections = { story, notebook };
