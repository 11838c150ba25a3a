/** AG Grid Community setup shared by every grid: modules, Dutch locale, theme, and the typed number column. */
import { AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef } from 'ag-grid-community';
import type { AssumptionValue } from '../../../shared/assumptions';
import { formatFlexible } from '../../../shared/numberFormat';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridLocale = AG_GRID_LOCALE_NL;

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  headerFontSize: 13,
  cellHorizontalPadding: 10,
  accentColor: '#154273',
  headerBackgroundColor: '#eef2f7',
  rowHeight: 36,
});

/** A row whose cells are assumptions, looked up by key. */
export interface AssumptionRow {
  id: string;
  label: string;
  cells: Record<string, AssumptionValue | undefined>;
  pinned?: boolean;
}

/**
 * One column factory for every editable assumption cell: nl-NL display, Dutch text editing (read-only-edit
 * pattern: the edit goes through the contract, never straight into the row), aanname/error styling, and the
 * source as tooltip.
 */
export function assumptionColumn(opts: {
  colId: string;
  headerName: string;
  keyOf: (row: AssumptionRow) => string | undefined;
  errors: Record<string, string>;
  readOnly: boolean;
  width?: number;
}): ColDef<AssumptionRow> {
  const { colId, headerName, keyOf, errors, readOnly, width = 120 } = opts;
  const cell = (row: AssumptionRow | undefined) => {
    const key = row && keyOf(row);
    return key ? row.cells[key] : undefined;
  };
  return {
    colId,
    headerName,
    width,
    type: 'rightAligned',
    editable: (p) => !readOnly && !p.node.isRowPinned() && !!cell(p.data),
    // The editor starts from the formula text when there is one; the cell shows the (first-year) result.
    valueGetter: (p) => cell(p.data)?.formula ?? cell(p.data)?.value ?? null,
    valueFormatter: (p) => {
      const c = cell(p.data);
      if (!c) return '';
      return c.formula ? `ƒ ${formatFlexible(c.value, 2)}` : formatFlexible(c.value);
    },
    // Typed text (Dutch "1.234,5" or "0.5") is parsed by useAssumptionEdits, not by the grid.
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { maxLength: 30 },
    tooltipValueGetter: (p) => {
      const key = p.data && keyOf(p.data);
      const c = cell(p.data);
      return (key && errors[key]) || [c?.formula ? `Formule: ${c.formula}` : '', c?.source ?? ''].filter(Boolean).join(' — ');
    },
    cellClassRules: {
      'cel-aanname': (p) => !!cell(p.data)?.isAanname && !p.node.isRowPinned(),
      'cel-fout': (p) => {
        const key = p.data && keyOf(p.data);
        return !!key && !!errors[key];
      },
    },
  };
}
