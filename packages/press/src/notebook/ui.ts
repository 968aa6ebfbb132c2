import type { Refusal } from "./checkReaderSql.ts";

/** The notebook's interface words, per language; the browser script uses them too. */
export const NB_UI = {
  zh: {
    notebookTitle: "分析笔记：报道里的每张图是怎么算出来的",
    cells: "本页单元",
    sqlCell: "SQL 单元",
    namedQuery: "数据包中的命名查询",
    namedQueryNote: "这段 SQL 就是报道图表所用的查询，原样取自数据包，不是抄写的副本。",
    ownCell: "本笔记的分析",
    params: "参数",
    feeds: "用于",
    chartNamed: (title: string) => `图表“${title}”`,
    aTable: "下方表格",
    run: "运行",
    cancel: "停止",
    cancelled: "已停止：查询没有运行完。改一改 SQL 再运行，或按“还原”。",
    stopping: "正在停止…",
    restarted:
      "查询引擎已重新启动并重新载入了发布的数据表，因为一个已停止的查询几秒内没有停下；这次查询没有运行完。每个单元都可以再次运行。",
    notOneQuery:
      "没有运行：这里只运行一条读取数据的查询（SELECT、WITH、FROM、VALUES、TABLE、DESCRIBE、SUMMARIZE、SHOW 或 EXPLAIN），DuckDB 不能把这段 SQL 读成这样一条查询。DuckDB 的说明",
    outOfMemory: (limit: string) =>
      `查询需要的内存超过笔记允许的 ${limit}，已停止。请缩小它：先用 WHERE 筛选、少选几列、避免没有条件的 JOIN（交叉连接），或对更少的行排序。`,
    chartMissing: (cols: string[]) =>
      `图表无法重画：它需要的列 ${cols.join("、")} 不在这个单元的结果里。请在 SELECT 中保留这些列，或按“还原”。`,
    longValue: (n: number) => `（共 ${n.toLocaleString("zh-CN")} 个字符，只显示开头）`,
    reset: "还原",
    runHint: "Ctrl+Enter 或 ⌘+Enter 运行",
    editLabel: (name: string) => `编辑 SQL：${name}`,
    resultLabel: (name: string) => `查询结果：${name}`,
    rows: (n: number) => `${n.toLocaleString("zh-CN")} 行`,
    rowsCapped: (shown: number, n: number) =>
      `共 ${n.toLocaleString("zh-CN")} 行，显示前 ${shown.toLocaleString("zh-CN")} 行`,
    baked: "结果在网站生成时算出",
    ranHere: (ms: string) => `在你的浏览器中运行，用时 ${ms} 毫秒`,
    noColumns: "（没有列）",
    yes: "是",
    no: "否",
    chartFrom: (name: string) => `图表，数据来自单元 ${name}`,
    tableFrom: (name: string) => `表格，数据来自单元 ${name}`,
    interactiveIntro:
      "每个 SQL 单元都可以修改、在你的浏览器里重新运行：查询引擎 DuckDB-WASM 只在你把指针移到某个单元上、点按它或用键盘移入时才下载，按“运行”时启动；数据只在本机处理，不会发送到任何地方。",
    loadingEngine: (size: string) => `正在下载查询引擎 DuckDB-WASM（约 ${size}）…`,
    loadingTables: "正在载入数据表…",
    running: "正在运行…",
    elapsed: (s: string) => `${s} 秒`,
    interactiveOff: (why: string) => `交互模式已关闭：${why}。页面上的结果仍是网站生成时算出的。`,
    noWasm: "这个浏览器不能运行 WebAssembly",
    noWorker: "这个浏览器不能启动 Web Worker",
    startFailed: (msg: string) => `查询引擎无法启动（${msg}）`,
    error: "DuckDB 报错",
    refused: (r: Refusal) => {
      switch (r.reason) {
        case "empty":
          return "没有可以运行的 SQL。";
        case "several":
          return "一次只运行一条语句：请删去多余的分号和语句。";
        case "statement":
          return `已拒绝 ${r.word || "这条语句"}：这里只运行读取数据的查询（SELECT、WITH、FROM、VALUES、DESCRIBE、SUMMARIZE、SHOW、EXPLAIN）。笔记只读本报道的数据表，不连接、不写入、不安装任何东西。`;
        case "function":
          return `已拒绝 ${r.name}()：这里不读取文件或网址，只能查询本报道的数据表（figures、subjects、sources、milestones）。`;
        case "file":
          return `已拒绝 '${r.text}'：这里不读取文件或网址，只能查询本报道的数据表（figures、subjects、sources、milestones）。`;
      }
    },
  },
  en: {
    notebookTitle: "Notebook: how every chart in the story was computed",
    cells: "Cells on this page",
    sqlCell: "SQL cell",
    namedQuery: "named query from the data package",
    namedQueryNote:
      "This SQL is the query the story's chart is drawn from, taken as it is from the data package, not a copy.",
    ownCell: "this notebook's own analysis",
    params: "Parameters",
    feeds: "Feeds",
    chartNamed: (title: string) => `the chart “${title}”`,
    aTable: "the table below",
    run: "Run",
    cancel: "Cancel",
    cancelled: "Cancelled: the query did not finish. Change the SQL and run it again, or press Reset.",
    stopping: "Stopping…",
    restarted:
      "The query engine was restarted with the published tables, because a cancelled query did not stop within seconds; this query did not finish. Every cell runs again.",
    notOneQuery:
      "Not run: only one query that reads runs here (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SUMMARIZE, SHOW or EXPLAIN), and DuckDB does not read this SQL as one. DuckDB says",
    outOfMemory: (limit: string) =>
      `The query needed more memory than the notebook allows (${limit}) and was stopped. Make it smaller: filter with WHERE first, select fewer columns, avoid a JOIN without a condition (a cross join), or sort fewer rows.`,
    chartMissing: (cols: string[]) =>
      `The chart cannot be redrawn: it needs the column${cols.length === 1 ? "" : "s"} ${cols.join(", ")}, which this cell's result lacks. Keep ${cols.length === 1 ? "it" : "them"} in the SELECT, or press Reset.`,
    longValue: (n: number) => ` (${n.toLocaleString("en-US")} characters; the start shown)`,
    reset: "Reset",
    runHint: "Ctrl+Enter or ⌘+Enter runs it",
    editLabel: (name: string) => `Edit the SQL: ${name}`,
    resultLabel: (name: string) => `Result: ${name}`,
    rows: (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`,
    rowsCapped: (shown: number, n: number) =>
      `${n.toLocaleString("en-US")} rows; the first ${shown.toLocaleString("en-US")} shown`,
    baked: "result computed when the site was built",
    ranHere: (ms: string) => `run in your browser in ${ms} ms`,
    noColumns: "(no columns)",
    yes: "yes",
    no: "no",
    chartFrom: (name: string) => `Chart from cell ${name}`,
    tableFrom: (name: string) => `Table from cell ${name}`,
    interactiveIntro:
      "Every SQL cell can be edited and run again in your browser: the query engine, DuckDB-WASM, downloads only once you point at a cell, tap it or move into it with the keyboard, and starts when you press Run; the data is processed on your machine, never sent anywhere.",
    loadingEngine: (size: string) => `Downloading the query engine, DuckDB-WASM (about ${size})…`,
    loadingTables: "Loading the tables…",
    running: "Running…",
    elapsed: (s: string) => `${s} s`,
    interactiveOff: (why: string) =>
      `Interactive mode is off: ${why}. The results on this page are the ones computed when the site was built.`,
    noWasm: "this browser cannot run WebAssembly",
    noWorker: "this browser cannot start a Web Worker",
    startFailed: (msg: string) => `the query engine could not start (${msg})`,
    error: "DuckDB says",
    refused: (r: Refusal) => {
      switch (r.reason) {
        case "empty":
          return "There is no SQL to run.";
        case "several":
          return "One statement at a time: remove the extra semicolons and statements.";
        case "statement":
          return `${r.word || "This statement"} is refused: only queries that read run here (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN). The notebook reads the story's tables and nothing else; it attaches, writes and installs nothing.`;
        case "function":
          return `${r.name}() is refused: no file or URL is read here, only the story's tables (figures, subjects, sources, milestones).`;
        case "file":
          return `'${r.text}' is refused: no file or URL is read here, only the story's tables (figures, subjects, sources, milestones).`;
      }
    },
  },
} as const;
