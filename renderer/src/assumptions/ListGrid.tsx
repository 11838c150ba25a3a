/**
 * A grid of list rows (locations, Wlz events) with the read-only-edit pattern: every edit becomes a whole-row
 * save through the contract; a row can be added and removed (with confirmation).
 */
import type { CellEditRequestEvent, ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useState } from 'react';
import { Dialog } from '../common/Dialog';
import { gridLocale, gridTheme } from './gridSetup';

interface Props<Row extends { id: number }> {
  label: string;
  rows: Row[];
  columns: ColDef<Row>[];
  readOnly: boolean;
  addLabel: string;
  describe(row: Row): string;
  /** Builds the row with one field changed from typed text; throws an Error with a Dutch message when invalid. */
  applyEdit(row: Row, field: string, typed: unknown): Row;
  onSave(row: Row): Promise<void>;
  onAdd(): Promise<void>;
  onDelete(row: Row): Promise<void>;
  onError(message: string): void;
}

export function ListGrid<Row extends { id: number }>(props: Props<Row>) {
  const { label, rows, columns, readOnly, addLabel, describe, applyEdit, onSave, onAdd, onDelete, onError } = props;
  const [toDelete, setToDelete] = useState<Row | null>(null);

  async function onCellEditRequest(e: CellEditRequestEvent<Row>) {
    const field = e.colDef.field as string | undefined;
    if (!field || !e.data) return;
    try {
      await onSave(applyEdit(e.data, field, e.newValue));
    } catch (err) {
      onError(`${err instanceof Error ? err.message : String(err)} Er is niets opgeslagen.`);
    }
  }

  const deleteColumn: ColDef<Row> = {
    colId: 'verwijderen',
    headerName: '',
    width: 120,
    pinned: 'right',
    cellRenderer: (p: ICellRendererParams<Row>) =>
      p.data && !readOnly ? (
        <button className="danger-outline small" onClick={() => setToDelete(p.data!)} aria-label={`Verwijder ${describe(p.data)}`}>
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
      <div className="grid" role="region" aria-label={label}>
        <AgGridReact<Row>
          theme={gridTheme}
          localeText={gridLocale}
          rowData={rows}
          columnDefs={[...columns, deleteColumn]}
          defaultColDef={{ editable: !readOnly, wrapHeaderText: true, autoHeaderHeight: true }}
          getRowId={(p) => String(p.data.id)}
          domLayout="autoHeight"
          readOnlyEdit
          stopEditingWhenCellsLoseFocus
          onCellEditRequest={onCellEditRequest}
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
          onClose={() => setToDelete(null)}
          onConfirm={() => onDelete(toDelete)}
        />
      )}
    </div>
  );
}
