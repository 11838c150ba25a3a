/** The Aannames tab: per-gemeente baseline grid, demand-growth grid, and the source of the selected value. */
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import {
  ASSUMPTION_DEFS,
  assumptionDef,
  inwonersKey,
  inZorgKey,
  wachtendKey,
  type AssumptionMap,
  type AssumptionValue,
} from '../../../shared/assumptions';
import { GEMEENTEN, VARIANTS, type GemeenteCode, type VariantId } from '../../../shared/domain';
import { formatFlexible } from '../../../shared/numberFormat';
import { T } from '../text';
import { AssumptionGrid } from './AssumptionGrid';
import { assumptionColumn, type AssumptionRow } from './gridSetup';
import { SourcePanel } from './SourcePanel';
import { useAssumptionEdits } from './useAssumptionEdits';

interface Props {
  scenarioId: number;
  assumptions: AssumptionMap;
  readOnly: boolean;
  onSaved(): Promise<void>;
}

/** Column ids of the gemeente grid → the assumption key for a gemeente. */
const GEMEENTE_COLUMNS: Record<string, (g: GemeenteCode) => string> = {
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
  const parts = [
    inwoners ? `Inwoners: ${inwoners.isAanname ? 'aanname' : firstWords(inwoners.source)}` : '',
    aannames ? `cliënten: ${aannames} van ${clients.length} aanname` : 'cliënten: alle met bron',
  ];
  return parts.filter(Boolean).join(' · ');
}

export function AssumptionsView({ scenarioId, assumptions, readOnly, onSaved }: Props) {
  const { errors, feedback, setFeedback, editValue } = useAssumptionEdits(scenarioId, onSaved);
  const onSourceSaved = async () => {
    await onSaved();
    setFeedback({ kind: 'ok', text: T.sourceSaved });
  };
  const [selectedKey, setSelectedKey] = useState<string | undefined>();

  const gemeenteRows = useMemo<AssumptionRow[]>(
    () =>
      GEMEENTEN.map((g) => {
        const cells: AssumptionRow['cells'] = {};
        for (const keyOf of Object.values(GEMEENTE_COLUMNS)) cells[keyOf(g.code)] = assumptions[keyOf(g.code)];
        return { id: g.code, label: g.naam, cells };
      }),
    [assumptions],
  );
  const totalRow = useMemo<AssumptionRow[]>(() => {
    const cells: AssumptionRow['cells'] = {};
    for (const [colId, keyOf] of Object.entries(GEMEENTE_COLUMNS)) {
      const sum = GEMEENTEN.reduce((s, g) => s + (assumptions[keyOf(g.code)]?.value ?? 0), 0);
      cells[colId] = { key: colId, value: sum, source: '', isAanname: false };
    }
    return [{ id: 'totaal', label: T.regionTotal, cells, pinned: true }];
  }, [assumptions]);

  const gemeenteKeyAt = (row: AssumptionRow, colId: string) =>
    row.pinned ? undefined : GEMEENTE_COLUMNS[colId]?.(row.id as GemeenteCode);
  const gemeenteColumns = useMemo<(ColDef<AssumptionRow> | ColGroupDef<AssumptionRow>)[]>(() => {
    const keyFor = (colId: string) => (row: AssumptionRow) => (row.pinned ? colId : GEMEENTE_COLUMNS[colId](row.id as GemeenteCode));
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

  const instroomRows = useMemo<AssumptionRow[]>(
    () =>
      ASSUMPTION_DEFS.filter((d) => d.group === 'instroom').map((d) => ({ id: d.key, label: d.label, cells: { [d.key]: assumptions[d.key] } })),
    [assumptions],
  );
  const instroomColumns = useMemo<ColDef<AssumptionRow>[]>(
    () => [
      {
        colId: 'aanname',
        headerName: T.aanname,
        flex: 3,
        minWidth: 260,
        valueGetter: (p) => (p.data ? `${p.data.label} (${assumptionDef(p.data.id)?.unit ?? ''})` : ''),
        tooltipValueGetter: (p) => (p.value as string) ?? '',
        cellClass: 'cel-label',
      },
      assumptionColumn({ colId: 'waarde', headerName: T.waarde, keyOf: (row) => row.id, errors, readOnly, width: 90 }),
      {
        colId: 'soort',
        headerName: T.soort,
        width: 96,
        valueGetter: (p) => (p.data?.cells[p.data.id]?.isAanname ? T.badgeAanname : T.badgeBron),
        cellClassRules: { 'cel-aanname': (p) => p.value === T.badgeAanname },
      },
      {
        colId: 'bron',
        headerName: T.bronToelichting,
        flex: 2,
        minWidth: 160,
        valueGetter: (p) => p.data?.cells[p.data.id]?.source ?? '',
        tooltipValueGetter: (p) => (p.value as string) ?? '',
        cellClass: 'cel-bron',
      },
    ],
    [errors, readOnly],
  );

  const selected = selectedKey ? assumptions[selectedKey] : undefined;
  const totalLine = `${formatFlexible(totalRow[0].cells['inwoners']?.value ?? 0)} inwoners`;

  return (
    <div className="assumptions">
      {readOnly && <p className="notice">Dit scenario is vastgesteld: de aannames zijn alleen te lezen. Dupliceer het om te wijzigen.</p>}
      {feedback && (
        <p className={feedback.kind === 'ok' ? 'feedback ok' : 'feedback error'} role={feedback.kind === 'error' ? 'alert' : 'status'} data-testid="edit-feedback">
          {feedback.text}
        </p>
      )}
      <section>
        <h2>{T.gemeenteGridTitle}</h2>
        <p className="help">
          {T.gemeenteGridHelp} Regio: {totalLine}.
        </p>
        <AssumptionGrid
          label={T.gemeenteGridTitle}
          rows={gemeenteRows}
          pinnedBottom={totalRow}
          columns={gemeenteColumns}
          keyAt={gemeenteKeyAt}
          onEdit={editValue}
          onSelectKey={setSelectedKey}
        />
      </section>
      <div className="two-col">
        <section>
          <h2>{T.instroomGridTitle}</h2>
          <p className="help">{T.instroomGridHelp}</p>
          <AssumptionGrid
            label={T.instroomGridTitle}
            rows={instroomRows}
            columns={instroomColumns}
            keyAt={(row, colId) => (colId === 'waarde' || colId === 'bron' || colId === 'soort' ? row.id : undefined)}
            onEdit={editValue}
            onSelectKey={setSelectedKey}
          />
        </section>
        <SourcePanel key={selected ? `${selected.key}|${selected.source}|${selected.isAanname}` : 'geen'} scenarioId={scenarioId} value={selected} readOnly={readOnly} onSaved={onSourceSaved} />
      </div>
    </div>
  );
}
