// @newarea/press: the document model every page uses, by name. Browser code has its own entry points
// (@newarea/press/client/scrolly, @newarea/press/client/notebook); the Astro integration is
// @newarea/press/astro.
export { type ChartState, chartCsv, drawChartState, drawWithOptions } from "./chartState.ts";
export {
  CHARTS,
  type ChartContext,
  type ChartDefinition,
  checkChartOptions,
  type OptionSpec,
  SUBJECT_KEY,
} from "./charts.ts";
export { DocumentError, type Point } from "./DocumentError.ts";
export { dataDir, tablesDir } from "./data/dataPaths.ts";
export {
  allMilestones,
  chartContext,
  createDocumentData,
  type DocumentData,
  type NamedRunner,
} from "./data/documentData.ts";
export { loadDocumentData, tablesStamp } from "./data/loadDocumentData.ts";
export { chartSvgOf, standaloneChartSvg } from "./embed/chartImage.ts";
export { type EmbedScript, embedScript } from "./embed/embedScripts.ts";
export { drawForFigure, WIDTHS } from "./figureChart.ts";
export { type Morph, morphSvgs } from "./morph/morphSvgs.ts";
export {
  buildNotebook,
  type ChartCell,
  type Notebook,
  type NotebookCell,
  type SqlCell,
  type TableCell,
} from "./notebook/buildNotebook.ts";
export {
  DUCKDB_FILES,
  duckdbCacheDir,
  duckdbCachedCopy,
  duckdbDistDir,
  duckdbFileBytes,
  duckdbPath,
  engineDownloadBytes,
} from "./notebook/duckdbAssets.ts";
export { notebookDb } from "./notebook/notebookDb.ts";
export { resultSummary } from "./notebook/renderResult.ts";
export { NB_UI } from "./notebook/ui.ts";
export { type DirectiveSpec, type DocumentKind, NOTEBOOK, STORY } from "./parse/documentKinds.ts";
export { TOKEN_KINDS, type Token } from "./parse/findTokens.ts";
export {
  type Block,
  type DirectiveBlock,
  type FenceBlock,
  type ParsedDocument,
  type Prose,
  type ProseBlock,
  parseDocument,
} from "./parse/parseDocument.ts";
export { escapeHtml } from "./render/escapeHtml.ts";
export { markLanguageRuns } from "./render/markLanguageRuns.ts";
export { NULL_SPOKEN, NULL_TEXT, nullHtml } from "./render/nullDisplay.ts";
export { renderMarkdown } from "./render/renderMarkdown.ts";
export { figureHtml, type LedgerHref, type ProseContext, renderProse } from "./render/renderProse.ts";
export type { FigureLike, MilestoneLike, ResolvedToken, TokenData } from "./render/resolveToken.ts";
export { recordChartKeys } from "./site/recordChartKeys.ts";
export {
  buildStory,
  type RenderedChart,
  type Section,
  type Story,
  type StoryLinks,
  type StoryStep,
} from "./story/buildStory.ts";
export {
  type ChartChange,
  type ChartKeys,
  chartKeysOf,
  diffChartKeys,
  formatChartChanges,
} from "./story/chartKeys.ts";
export type { StepView, StoryGraphic } from "./story/scrollyGraphics.ts";
export { storySteps } from "./story/storySteps.ts";
export {
  buildSubjectIndex,
  type SubjectIndex,
  type SubjectIndexEntry,
} from "./subject/buildSubjectIndex.ts";
export { buildSubjectPages, type SubjectPage, type SubjectRef } from "./subject/buildSubjectPages.ts";
export {
  type Disagreement,
  type FigureEntry,
  type FigureGroup,
  type MilestoneEntry,
  type SourceRef,
  type SubjectLinks,
  storyYear,
} from "./subject/subjectEntries.ts";
export { SUBJECT_PHRASES } from "./subject/subjectPhrases.ts";
export { subjectSql } from "./subject/subjectSql.ts";
