/** A row per gemeente (alphabetical) with assumption columns, a regional total row and a source summary column. */
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { assumptionDef, type AssumptionMap, type AssumptionValue } from '../../../shared/assumptions';
import { valueKind } from '../../../shared/numberFormat';
import { headerMinWidth } from '../common/textWidth';
import { GEMEENTEN, type GemeenteCode } from '../../../shared/domain';
import { T } from '../text';
import { AssumptionGrid } from './AssumptionGrid';
import { assumptionColumn, type AssumptionRow } from './gridSetup';

export interface GemeenteColumn {
  colId: string;
  header: string;
  /** Header of the group of columns this one belongs to, if any. */
  group?: string;
  tooltip?: string;
  /** Preferred width; the column grows with the window. */
  width: number;
  /** Narrowest width (else: the longest header word). */
  minWidth?: number;
  keyOf(g: GemeenteCode): string;
}

interface Props {
  label: string;
  columns: GemeenteColumn[];
  assumptions: AssumptionMap;
  errors: Record<string, string>;
  readOnly: boolean;
  onEdit(key: string, typed: unknown): void;
  onSelectKey(key: string): void;
  /** "Mijn gemeente": its row is highlighted. */
  focus?: GemeenteCode | null;
}

/** "Inwoners: CBS StatLine · 8 van 8 aanname": which values of the row rest on a source and which are assumed. */
function rowSourceSummary(cells: (AssumptionValue | undefined)[]): string {
  const present = cells.filter(Boolean) as AssumptionValue[];
  const aannames = present.filter((c) => c.isAanname).length;
  const sources = [...new Set(present.filter((c) => !c.isAanname).map((c) => c.source.split(/[,(;:]/)[0].trim()))];
  return [sources.length ? `bron: ${sources.join(', ')}` : '', aannames ? `${aannames} van ${present.length} aanname` : 'alle met bron'].filter(Boolean).join(' · ');
}

export function PerGemeenteGrid({ label, columns, assumptions, errors, readOnly, onEdit, onSelectKey, focus }: Props) {
  const byId = useMemo(() => new Map(columns.map((c) => [c.colId, c])), [columns]);
  const rows = useMemo<AssumptionRow[]>(
    () =>
      GEMEENTEN.map((g) => {
        const cells: AssumptionRow['cells'] = {};
        for (const c of columns) cells[c.keyOf(g.code)] = assumptions[c.keyOf(g.code)];
        return { id: g.code, label: g.naam, cells };
      }),
    [assumptions, columns],
  );
  const total = useMemo<AssumptionRow[]>(() => {
    const cells: AssumptionRow['cells'] = {};
    for (const c of columns) {
      // A regional total only where adding up means something: counts, not shares.
      const def = assumptionDef(c.keyOf(GEMEENTEN[0].code));
      if (def && valueKind(def) !== 'getal') continue;
      const sum = GEMEENTEN.reduce((s, g) => s + (assumptions[c.keyOf(g.code)]?.value ?? 0), 0);
      cells[c.colId] = { key: c.colId, value: sum, formula: null, source: '', isAanname: false };
    }
    return [{ id: 'totaal', label: T.regionTotal, cells, pinned: true }];
  }, [assumptions, columns]);

  const columnDefs = useMemo<(ColDef<AssumptionRow> | ColGroupDef<AssumptionRow>)[]>(() => {
    const col = (c: GemeenteColumn): ColDef<AssumptionRow> => ({
      ...assumptionColumn({ colId: c.colId, headerName: c.header, keyOf: (row) => (row.pinned ? c.colId : c.keyOf(row.id as GemeenteCode)), errors, readOnly, width: c.width }),
      // Grow with the window; never narrower than the longest header word (headers wrap between words only).
      flex: 1,
      minWidth: Math.max(c.minWidth ?? 72, headerMinWidth(c.header)),
      headerTooltip: c.tooltip ?? c.header,
    });
    const defs: (ColDef<AssumptionRow> | ColGroupDef<AssumptionRow>)[] = [
      { colId: 'gemeente', headerName: T.gemeente, field: 'label', pinned: 'left', width: 150, cellClass: 'cel-label', tooltipField: 'label' },
    ];
    for (const c of columns) {
      if (!c.group) defs.push(col(c));
      else {
        const last = defs[defs.length - 1] as ColGroupDef<AssumptionRow>;
        if (last && 'children' in last && last.headerName === c.group) last.children.push(col(c));
        else defs.push({ headerName: c.group, headerTooltip: c.group, wrapHeaderText: true, autoHeaderHeight: true, children: [col(c)] });
      }
    }
    defs.push({
      colId: 'bron',
      headerName: T.bronToelichting,
      flex: 2,
      minWidth: 170,
      valueGetter: (p) => (p.data && !p.data.pinned ? rowSourceSummary(columns.map((c) => p.data!.cells[c.keyOf(p.data!.id as GemeenteCode)])) : ''),
      tooltipValueGetter: (p) => (p.value as string) ?? '',
      cellClass: 'cel-bron',
    });
    return defs;
  }, [columns, errors, readOnly]);

  return (
    <AssumptionGrid
      label={label}
      rows={rows}
      pinnedBottom={total}
      columns={columnDefs}
      keyAt={(row, colId) => (row.pinned ? undefined : byId.get(colId)?.keyOf(row.id as GemeenteCode))}
      onEdit={onEdit}
      onSelectKey={onSelectKey}
      focusRowIds={focus ? [focus] : undefined}
    />
  );
}
