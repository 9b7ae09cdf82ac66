export interface TableRow {
  key: string;
  /** The row's name, a row header: screen readers say it with each number in the row. */
  name: string;
  cells: string[];
}

interface DataTableProps {
  caption: string;
  /** Headers for the name column and then each number column. */
  columns: string[];
  rows: TableRow[];
  total?: TableRow;
}

/** The numbers behind a chart, as a real table: what screen readers and printed copies rely on. */
export function DataTable({ caption, columns, rows, total }: DataTableProps) {
  return (
    <table className="dashboard-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.key} row={row} />
        ))}
      </tbody>
      {total && (
        <tfoot>
          <Row row={total} />
        </tfoot>
      )}
    </table>
  );
}

function Row({ row }: { row: TableRow }) {
  return (
    <tr>
      <th scope="row">{row.name}</th>
      {row.cells.map((cell, column) => (
        <td key={column}>{cell}</td>
      ))}
    </tr>
  );
}
