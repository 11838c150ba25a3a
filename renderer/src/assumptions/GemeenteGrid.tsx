/** Per gemeente: inhabitants and the December 2024 clients (in care and waiting) per variant, with a source column. */
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { inwonersKey, inZorgKey, wachtendKey, type AssumptionMap, type AssumptionValue } from '../../../shared/assumptions';
import { GEMEENTEN, VARIANTS, type GemeenteCode, type VariantId } from '../../../shared/domain';
import { T } from '../text';
import { AssumptionGrid } from './AssumptionGrid';
import { assumptionColumn, type AssumptionRow } from './gridSetup';

/** Column ids of the gemeente grid → the assumption key for a gemeente. */
const COLUMNS: Record<string, (g: GemeenteCode) => string> = {
  inwoners: inwonersKey,
  ...Object.fromEntries(VARIANTS.map((v) => [`inZorg.${v.id}`, (g: GemeenteCode) => inZorgKey(g, v.id as VariantId)])),
  ...Object.fromEntries(VARIANTS.map((v) => [`wachtend.${v.id}`, (g: GemeenteCode) => wachtendKey(g, v.id as VariantId)])),
};

/** The start of a source, up to its first comma or bracket ("CBS StatLine"). */
function firstWords(text: string): string {
  return text.split(/[,(;:]/)[0].trim();
}

function rowSourceSummary(cells: Record<string, AssumptionValue | undefined>, g: GemeenteCode): string {
  const inwoners = cells[inwonersKey(g)];
  const clients = VARIANTS.flatMap((v) => [cells[inZorgKey(g, v.id)], cells[wachtendKey(g, v.id)]]).filter(Boolean) as AssumptionValue[];
  const aannames = clients.filter((c) => c.isAanname).length;
  return [
    inwoners ? `Inwoners: ${inwoners.isAanname ? 'aanname' : firstWords(inwoners.source)}` : '',
    aannames ? `cliënten: ${aannames} van ${clients.length} aanname` : 'cliënten: alle met bron',
  ]
    .filter(Boolean)
    .join(' · ');
}

interface Props {
  assumptions: AssumptionMap;
  errors: Record<string, string>;
  readOnly: boolean;
  onEdit(key: string, typed: unknown): void;
  onSelectKey(key: string): void;
}

export function GemeenteGrid({ assumptions, errors, readOnly, onEdit, onSelectKey }: Props) {
  const rows = useMemo<AssumptionRow[]>(
    () =>
      GEMEENTEN.map((g) => {
        const cells: AssumptionRow['cells'] = {};
        for (const keyOf of Object.values(COLUMNS)) cells[keyOf(g.code)] = assumptions[keyOf(g.code)];
        return { id: g.code, label: g.naam, cells };
      }),
    [assumptions],
  );
  const total = useMemo<AssumptionRow[]>(() => {
    const cells: AssumptionRow['cells'] = {};
    for (const [colId, keyOf] of Object.entries(COLUMNS)) {
      const sum = GEMEENTEN.reduce((s, g) => s + (assumptions[keyOf(g.code)]?.value ?? 0), 0);
      cells[colId] = { key: colId, value: sum, formula: null, source: '', isAanname: false };
    }
    return [{ id: 'totaal', label: T.regionTotal, cells, pinned: true }];
  }, [assumptions]);

  const columns = useMemo<(ColDef<AssumptionRow> | ColGroupDef<AssumptionRow>)[]>(() => {
    const keyFor = (colId: string) => (row: AssumptionRow) => (row.pinned ? colId : COLUMNS[colId](row.id as GemeenteCode));
    const col = (colId: string, headerName: string, width: number, headerTooltip?: string) => ({
      ...assumptionColumn({ colId, headerName, keyOf: keyFor(colId), errors, readOnly, width }),
      // Grow with the window so the whole table fits without a horizontal scrollbar on a laptop screen.
      flex: 1,
      minWidth: width,
      headerTooltip,
    });
    return [
      { colId: 'gemeente', headerName: T.gemeente, field: 'label', pinned: 'left', width: 136, cellClass: 'cel-label' },
      col('inwoners', T.inwoners, 104),
      { headerName: T.inZorg, children: VARIANTS.map((v) => col(`inZorg.${v.id}`, v.short, 84, v.label)) },
      { headerName: T.wachtlijst, children: VARIANTS.map((v) => col(`wachtend.${v.id}`, v.short, 84, v.label)) },
      {
        colId: 'bron',
        headerName: T.bronToelichting,
        flex: 2,
        minWidth: 190,
        valueGetter: (p) => (p.data && !p.data.pinned ? rowSourceSummary(p.data.cells, p.data.id as GemeenteCode) : ''),
        tooltipValueGetter: (p) => (p.value as string) ?? '',
        cellClass: 'cel-bron',
      },
    ];
  }, [errors, readOnly]);

  return (
    <AssumptionGrid
      label={T.gemeenteGridTitle}
      rows={rows}
      pinnedBottom={total}
      columns={columns}
      keyAt={(row, colId) => (row.pinned ? undefined : COLUMNS[colId]?.(row.id as GemeenteCode))}
      onEdit={onEdit}
      onSelectKey={onSelectKey}
    />
  );
}
