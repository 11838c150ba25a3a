/** AG Grid Community setup shared by every grid: modules, Dutch locale, theme, and the typed number column. */
import { AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef } from 'ag-grid-community';
import { assumptionDef, type AssumptionValue } from '../../../shared/assumptions';
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
    // A choice (rule, key, method) shows its label and is edited with a list.
    valueGetter: (p) => {
      const c = cell(p.data);
      const choices = c && assumptionDef(c.key)?.choices;
      if (choices && c && !c.formula) return choices[c.value] ?? c.value;
      return c?.formula ?? c?.value ?? null;
    },
    valueFormatter: (p) => {
      const c = cell(p.data);
      // The list of a choice editor formats its options without row data: show the option itself.
      if (!c) return p.value == null ? '' : String(p.value);
      if (assumptionDef(c.key)?.choices && !c.formula) return String(p.value);
      return c.formula ? `ƒ ${formatFlexible(c.value, 2)}` : formatFlexible(c.value);
    },
    // Typed text (Dutch "1.234,5" or "0.5") is parsed by useAssumptionEdits, not by the grid.
    cellEditorSelector: (p) => {
      const choices = assumptionDef(cell(p.data)?.key ?? '')?.choices;
      return choices ? { component: 'agSelectCellEditor', params: { values: [...choices] } } : { component: 'agTextCellEditor', params: { maxLength: 500 } };
    },
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
