/**
 * A grid of list rows (locations, Wlz events) with the read-only-edit pattern: every edit becomes a whole-row
 * save through the contract; a row can be added and removed (with confirmation).
 *
 * Rows keep their identity while they are edited: the store returns the list in its own order (locations by
 * gemeente), so a changed gemeente moves the row. AG Grid keeps the focused cell by row *index*; here focus follows
 * the focused row's id to its new place, so the next typed value lands in the same row. Edits are saved one after
 * another, each on top of the row as the store last returned it, so a quick second edit does not undo the first.
 */
import type { CellEditRequestEvent, CellFocusedEvent, ColDef, GridApi, ICellRendererParams, RowDataUpdatedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { gridLocale, gridTheme, leaveGridOnTab } from './gridSetup';
import { refusal } from './useAssumptionEdits';

interface Props<Row extends { id: number }> {
  label: string;
  rows: Row[];
  columns: ColDef<Row>[];
  readOnly: boolean;
  addLabel: string;
  describe(row: Row): string;
  /** Builds the row with one field changed from typed text; throws an Error with a Dutch message when invalid. */
  applyEdit(row: Row, field: string, typed: unknown): Row;
  /** Saves the row; resolves with the row as stored (or nothing) once the new list is loaded. */
  onSave(row: Row): Promise<Row | void>;
  onAdd(): Promise<void>;
  onDelete(row: Row): Promise<void>;
  onError(message: string): void;
  /** Rows of "Mijn gemeente" (highlighted); `focusKey` changes when the choice does. */
  isFocusRow?(row: Row): boolean;
  focusKey?: string;
}

export function ListGrid<Row extends { id: number }>(props: Props<Row>) {
  const { label, rows, columns, readOnly, addLabel, describe, applyEdit, onSave, onAdd, onDelete, onError, isFocusRow, focusKey } = props;
  const grid = useRef<AgGridReact<Row>>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the rule changes with the chosen gemeente (focusKey), not with each render's function
  const rowClassRules = useMemo(() => ({ 'focus-row': (p: { data?: Row }) => !!p.data && !!isFocusRow?.(p.data) }), [focusKey]);
  // The grid keeps its rows' classes: draw them again when "Mijn gemeente" changes.
  useEffect(() => grid.current?.api?.redrawRows(), [focusKey]);
  const [toDelete, setToDelete] = useState<Row | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const gridApi = useRef<GridApi<Row> | null>(null);
  /** The id of the row that has the keyboard focus, so focus can follow it when the list is re-ordered. */
  const focusedId = useRef<string | null>(null);
  /** Saves run one after another. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  /** Rows as the store returned them from a save, until the list itself shows the store's state again. */
  const stored = useRef(new Map<number, Row>());

  useEffect(() => {
    // A new list after all saves finished is the store's truth (it may also come from undo or an import).
    if (pending.current === 0) stored.current.clear();
  }, [rows]);

  function onCellEditRequest(e: CellEditRequestEvent<Row>) {
    const field = e.colDef.field as string | undefined;
    const id = e.data?.id;
    if (!field || id === undefined) return;
    const typed = e.newValue;
    pending.current += 1;
    queue.current = queue.current.then(async () => {
      try {
        const base = stored.current.get(id) ?? e.api.getRowNode(String(id))?.data ?? e.data!;
        const saved = await onSave(applyEdit(base, field, typed));
        if (saved) stored.current.set(id, saved);
      } catch (err) {
        onError(refusal(err instanceof Error ? err.message : String(err)));
      } finally {
        pending.current -= 1;
      }
    });
  }

  function onCellFocused(e: CellFocusedEvent<Row>) {
    if (e.rowIndex == null || e.rowPinned) return;
    focusedId.current = e.api.getDisplayedRowAtIndex(e.rowIndex)?.id ?? null;
  }

  /** After new row data: put the focus back on the row it was on, wherever the store's order put that row. */
  function followFocus(e: RowDataUpdatedEvent<Row>) {
    const api: GridApi<Row> = e.api;
    const focused = api.getFocusedCell();
    const id = focusedId.current;
    if (!focused || !id || !region.current?.contains(document.activeElement)) return;
    const node = api.getRowNode(id);
    if (!node || node.rowIndex == null || node.rowIndex === focused.rowIndex) return;
    api.ensureNodeVisible(node);
    api.setFocusedCell(node.rowIndex, focused.column);
  }

  const deleteColumn: ColDef<Row> = {
    colId: 'verwijderen',
    headerName: '',
    width: 120,
    pinned: 'right',
    editable: false,
    cellRenderer: (p: ICellRendererParams<Row>) =>
      p.data && !readOnly ? (
        <button className="danger-outline small" onClick={() => setToDelete(p.data!)} aria-label={`Verwijderen: ${describe(p.data)}`}>
          Verwijderen
        </button>
      ) : null,
  };

  return (
    <div className="list-grid">
      {!readOnly && (
        <button className="primary add-row" onClick={() => onAdd().catch((e) => onError(String(e instanceof Error ? e.message : e)))}>
          {addLabel}
        </button>
      )}
      <div className="grid" role="region" aria-label={label} ref={region} onKeyDownCapture={leaveGridOnTab}>
        <AgGridReact<Row>
          ref={grid}
          rowClassRules={rowClassRules}
          theme={gridTheme}
          localeText={gridLocale}
          rowData={rows}
          columnDefs={[...columns, deleteColumn]}
          // cellDataType false: no number editor (it drops the decimal comma: "1,5" became 15); every cell is typed
          // as text and read by the one Dutch parser in applyEdit.
          defaultColDef={{ editable: !readOnly, wrapHeaderText: true, autoHeaderHeight: true, cellDataType: false, cellEditor: 'agTextCellEditor' }}
          getRowId={(p) => String(p.data.id)}
          domLayout="autoHeight"
          readOnlyEdit
          stopEditingWhenCellsLoseFocus
          onCellEditRequest={onCellEditRequest}
          onGridReady={(e) => (gridApi.current = e.api)}
          onCellFocused={onCellFocused}
          // The delete button sits in a grid cell, which the arrow keys reach but Tab does not: Enter on that cell asks.
          onCellKeyDown={(e) => {
            if (!readOnly && e.data && 'column' in e && e.column.getColId() === 'verwijderen' && (e.event as KeyboardEvent | null)?.key === 'Enter') setToDelete(e.data);
          }}
          onRowDataUpdated={followFocus}
          tooltipShowDelay={400}
          suppressMovableColumns
        />
      </div>
      {toDelete && (
        <Dialog
          title="Verwijderen"
          help={`${describe(toDelete)} verwijderen uit dit scenario?`}
          confirmLabel="Verwijderen"
          danger
          // The deleted row's cell is gone: the focus goes back into the list, to the first row.
          focusAfterConfirm={() => {
            const grid = gridApi.current;
            const first = grid?.getAllDisplayedColumns()[0];
            if (!grid || !first || grid.getDisplayedRowCount() === 0) return false;
            grid.setFocusedCell(0, first);
            return true;
          }}
          onClose={() => setToDelete(null)}
          onConfirm={() => onDelete(toDelete)}
        />
      )}
    </div>
  );
}
