/** AG Grid Community setup shared by every grid: modules, Dutch locale, theme, and the typed number column. */
import { AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef } from 'ag-grid-community';
import { assumptionDef, type AssumptionValue } from '../../../shared/assumptions';
import { assumptionEditText, formatAssumptionValue, formatFlexible, valueKind } from '../../../shared/numberFormat';
import { FormulaCell } from './FormulaCell';

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

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/**
 * Keyboard: a grid is one stop for Tab. The arrow keys move between its cells and headers; Tab and Shift+Tab leave
 * the grid at once, to the next or previous control outside it (AG Grid's own Tab goes through every cell, dozens of
 * presses to get past one table, and its focus guards bring the focus back in). An open editor keeps its value: the
 * grid stops editing when the focus leaves. Put on the grid's wrapper as onKeyDownCapture, so it runs before AG Grid.
 */
export function leaveGridOnTab(e: ReactKeyboardEvent<HTMLElement>) {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  const grid = e.currentTarget;
  const outside = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.tabIndex >= 0 && !grid.contains(el) && el.getClientRects().length > 0 && !el.closest('[inert]'));
  // With nothing after (before) the grid, round to the start (end) of the page, as the browser does.
  const target = e.shiftKey
    ? (outside.filter((el) => grid.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).pop() ?? outside[outside.length - 1])
    : (outside.find((el) => grid.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ?? outside[0]);
  if (!target) return;
  e.preventDefault();
  e.stopPropagation();
  target.focus();
}

/** A row whose cells are assumptions, looked up by key. */
export interface AssumptionRow {
  id: string;
  label: string;
  cells: Record<string, AssumptionValue | undefined>;
  pinned?: boolean;
}

/**
 * One column factory for every editable assumption cell: nl-NL display by kind (choices by label, yes/no as ja/nee,
 * years without a thousands point, shares as %), Dutch text editing (read-only-edit pattern: the edit goes through the
 * contract, never straight into the row), a list for choices and yes/no, aanname/error styling, and the source or the
 * error as tooltip.
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
  const defOf = (row: AssumptionRow | undefined) => {
    const c = cell(row);
    return c ? assumptionDef(c.key) : undefined;
  };
  return {
    colId,
    headerName,
    width,
    type: 'rightAligned',
    cellDataType: false,
    editable: (p) => !readOnly && !p.node.isRowPinned() && !!cell(p.data),
    // The value is the text an editor starts from: the formula when there is one, else the value as typed in Dutch.
    valueGetter: (p) => {
      const c = cell(p.data);
      if (!c) return null;
      if (c.formula) return c.formula;
      const def = assumptionDef(c.key);
      return def ? assumptionEditText(def, c.value) : formatFlexible(c.value, 10);
    },
    valueFormatter: (p) => {
      const c = cell(p.data);
      if (!c) return p.value == null ? '' : String(p.value);
      const def = assumptionDef(c.key);
      // Totals (pinned row) are sums, shown as numbers.
      if (!def) return formatFlexible(c.value);
      // A list editor formats its options with the row's data: a choice or ja/nee shows the option itself.
      const kind = valueKind(def);
      if (!c.formula && (kind === 'keuze' || kind === 'janee')) return String(p.value ?? '');
      return formatAssumptionValue(def, c.value, c.formula ? 2 : 3);
    },
    cellRendererSelector: (p) => (cell(p.data)?.formula ? { component: FormulaCell } : undefined),
    // Typed text is read by useAssumptionEdits (shared readAssumptionInput), not by the grid.
    cellEditorSelector: (p) => {
      const def = defOf(p.data);
      const kind = def ? valueKind(def) : 'getal';
      // A choice or ja/nee opens as a list (Enter, F2, double-click); typing a letter ("j", "hyb…") types it instead.
      const typing = !!p.eventKey && p.eventKey.length === 1;
      if (def && kind === 'keuze' && !typing) return { component: 'agSelectCellEditor', params: { values: [...def.choices!] } };
      if (kind === 'janee' && !typing) return { component: 'agSelectCellEditor', params: { values: ['ja', 'nee'] } };
      return { component: 'agTextCellEditor', params: { maxLength: 500 } };
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
