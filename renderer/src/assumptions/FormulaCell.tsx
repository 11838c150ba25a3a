/** A cell whose value a formula computes: an "=" badge (as in a spreadsheet) before the result, read out as "formule". */
import type { ICellRendererParams } from 'ag-grid-community';

export function FormulaCell(p: ICellRendererParams) {
  return (
    <span className="formule-cel">
      <span className="formule-teken" role="img" aria-label="formule" title="Uitkomst van een formule">
        =
      </span>{' '}
      {p.valueFormatted ?? String(p.value ?? '')}
    </span>
  );
}
