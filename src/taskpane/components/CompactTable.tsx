// A small read-only table of the pane (needs per competency, the self-test's outcomes): Fluent's extra-small
// table, text columns wrapping, number columns right-aligned.
import type { ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface CompactColumn {
  header: string;
  numeric?: boolean;
}

export interface CompactRow {
  key: string;
  cells: ReactNode[];
  /** data-status of the row (what tests and styles read), when it has one. */
  status?: string;
}

export function CompactTable(props: {
  label: string;
  testId: string;
  columns: readonly CompactColumn[];
  rows: readonly CompactRow[];
}) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={props.label} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          {props.columns.map((c) => (
            <TableHeaderCell key={c.header} className={c.numeric ? styles.numberColumn : undefined}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={r.key} {...(r.status ? { "data-status": r.status } : {})}>
            {r.cells.map((cell, i) => (
              <TableCell
                key={i}
                className={props.columns[i]?.numeric ? styles.numberCell : styles.wrapText}
              >
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
