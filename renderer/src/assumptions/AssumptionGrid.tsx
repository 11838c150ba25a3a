/** An AG Grid of assumption rows using the read-only-edit pattern: edits go to the contract, the store stays the truth. */
import type { CellClickedEvent, CellEditRequestEvent, ColDef, ColGroupDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef } from 'react';
import { gridLocale, gridTheme, leaveGridOnTab, type AssumptionRow } from './gridSetup';

interface Props {
  label: string;
  rows: AssumptionRow[];
  pinnedBottom?: AssumptionRow[];
  columns: (ColDef<AssumptionRow> | ColGroupDef<AssumptionRow>)[];
  /** Maps a (row, column) to the assumption key it shows. */
  keyAt(row: AssumptionRow, colId: string): string | undefined;
  onEdit(key: string, typed: unknown): void;
  onSelectKey(key: string): void;
  /** Rows of "Mijn gemeente", highlighted (by row id). */
  focusRowIds?: readonly string[];
}

export function AssumptionGrid({ label, rows, pinnedBottom, columns, keyAt, onEdit, onSelectKey, focusRowIds = [] }: Props) {
  const grid = useRef<AgGridReact<AssumptionRow>>(null);
  const focusKey = focusRowIds.join('|');
  const rowClassRules = useMemo(() => {
    const ids = focusKey.split('|');
    return { 'focus-row': (p: { data?: AssumptionRow }) => !!p.data && !p.data.pinned && ids.includes(p.data.id) };
  }, [focusKey]);
  // The grid keeps its rows' classes: draw them again when "Mijn gemeente" changes.
  useEffect(() => grid.current?.api?.redrawRows(), [focusKey]);
  function onCellEditRequest(e: CellEditRequestEvent<AssumptionRow>) {
    const key = e.data && keyAt(e.data, e.column.getColId());
    if (key) onEdit(key, e.newValue);
  }
  function onCellClicked(e: CellClickedEvent<AssumptionRow>) {
    const key = e.data && keyAt(e.data, e.column.getColId());
    if (key) onSelectKey(key);
  }
  return (
    <div className="grid" role="region" aria-label={label} onKeyDownCapture={leaveGridOnTab}>
      <AgGridReact<AssumptionRow>
        ref={grid}
        rowClassRules={rowClassRules}
        theme={gridTheme}
        localeText={gridLocale}
        rowData={rows}
        pinnedBottomRowData={pinnedBottom}
        columnDefs={columns}
        getRowId={(p) => p.data.id}
        domLayout="autoHeight"
        defaultColDef={{ wrapHeaderText: true, autoHeaderHeight: true, sortable: false }}
        readOnlyEdit
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        onCellEditRequest={onCellEditRequest}
        onCellClicked={onCellClicked}
        onCellFocused={(e) => {
          if (e.rowIndex == null || e.rowPinned || !e.column || typeof e.column === 'string') return;
          const row = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data;
          const key = row && keyAt(row, e.column.getColId());
          if (key) onSelectKey(key);
        }}
        tooltipShowDelay={400}
        suppressMovableColumns
        enableCellTextSelection={false}
      />
    </div>
  );
}

