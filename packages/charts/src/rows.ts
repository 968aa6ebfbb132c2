// The rows each chart takes are the rows of one named query in @newarea/data: typed there, once.
export type {
  AreaFigureRow,
  Bound,
  DatePrecision,
  InvestmentRow,
  Lang,
  MilestoneTimelineRow,
  OutputPromiseRow,
  SourceKind,
  Unit,
} from "@newarea/data";
