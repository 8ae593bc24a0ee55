// Shared layout of the pane: one column that still works at 320 px (Excel's narrowest task pane).
import { makeStaticStyles, makeStyles, PositioningProps, tokens } from "@fluentui/react-components";

/** The pane owns the whole page: no default body margin eating into 320 px. */
export const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
  // A control that gets keyboard focus is scrolled clear of the sticky footer, not under it.
  html: { scrollPaddingBottom: "10rem" },
});

/**
 * Dropdown lists open below their field and shrink to the space left, instead of flipping sideways
 * (and off a 320 px pane) when a long list of columns does not fit.
 */
export const LIST_POSITIONING: PositioningProps = {
  position: "below",
  align: "start",
  autoSize: "height",
  fallbackPositions: ["above"],
};

export const useStyles = makeStyles({
  // Read by screen readers, not shown (the live regions).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    // No minimum width: at 200% zoom a 350 px pane is 175 CSS px and must not scroll sideways.
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0 },
  body: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  countValue: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  mappingGroup: {
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
  // Dropdowns default to a fixed min-width; let them shrink with the pane.
  control: { minWidth: 0, width: "100%" },
  issueList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  issue: { display: "flex", flexDirection: "column", gap: "2px", wordBreak: "break-word" },
  issueHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  issueSummary: { cursor: "pointer", display: "list-item" },
  issueFilters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  thresholds: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    // Top-aligned: a field showing its error grows downwards, its neighbour's input stays level.
    alignItems: "start",
  },
  unitFilter: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hiddenInput: { display: "none" },
  headerBadge: { marginLeft: tokens.spacingHorizontalS },
  numberCell: { textAlign: "right" },
  numberColumn: { width: "76px", textAlign: "right" },
  // Long competency names ("Pengembangan Diri dan Orang Lain") wrap inside the label column.
  // A horizontal field: the label column wide enough for "Pengembangan" at 320 px (Fluent gives 33%).
  fieldRow: { gridTemplateColumns: "minmax(0, 40%) minmax(0, 1fr)" },
  // Focus moved here by the pane (after a file is read): visible, but clear of the text.
  focusTarget: {
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "4px",
    },
    ":focus:not(:focus-visible)": { outlineStyle: "none" },
  },
  // No automatic hyphenation: browsers have no Indonesian dictionary and cut words at random.
  fieldLabel: { overflowWrap: "break-word", hyphens: "manual" },
  wrapText: { wordBreak: "break-word", overflowWrap: "anywhere" },
  // A button whose label holds a file name: wraps instead of widening the pane.
  wrapButton: {
    whiteSpace: "normal",
    wordBreak: "break-word",
    overflowWrap: "anywhere",
    height: "auto",
    minHeight: "32px",
    maxWidth: "100%",
  },
});
