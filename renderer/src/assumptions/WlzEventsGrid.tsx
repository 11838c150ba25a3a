/** One-off Wmo→Wlz transfers (as in 2021 and 2022), editable in a grid. */
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { VARIANT_IDS, variantLabel, type VariantId } from '../../../shared/domain';
import type { WlzEvent } from '../../../shared/locations';
import { formatFlexible, formatYear, parseDutchNumber } from '../../../shared/numberFormat';
import { useTrackChange } from '../undo/undo';
import { call } from '../api/client';
import { ListGrid } from './ListGrid';

const ALL = 'alle vormen';

interface Props {
  scenarioId: number;
  events: WlzEvent[];
  readOnly: boolean;
  onChanged(message: string): Promise<void>;
  onError(message: string): void;
}

function applyEdit(row: WlzEvent, field: string, typed: unknown): WlzEvent {
  const text = String(typed ?? '').trim();
  if (field === 'year' || field === 'clients') {
    const p = parseDutchNumber(typed, { what: field === 'year' ? 'Jaar' : 'Cliënten naar de Wlz', whole: true });
    if (!p.ok) throw new Error(p.message);
    return { ...row, [field]: p.value };
  }
  if (field === 'variant') return { ...row, variant: text === ALL ? null : (text as VariantId) };
  return { ...row, [field]: text };
}

export function WlzEventsGrid({ scenarioId, events, readOnly, onChanged, onError }: Props) {
  const track = useTrackChange();
  const columns = useMemo<ColDef<WlzEvent>[]>(
    () => [
      { field: 'year', headerName: 'Jaar', width: 90, valueFormatter: (p) => formatYear(p.value as number) },
      { field: 'clients', headerName: 'Cliënten naar de Wlz', width: 140, type: 'rightAligned', valueFormatter: (p) => formatFlexible(p.value as number) },
      {
        field: 'variant',
        headerName: 'Vorm',
        width: 190,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [ALL, ...VARIANT_IDS] },
        valueFormatter: (p) => (p.value ? variantLabel(p.value as VariantId) : 'alle vormen (naar rato)'),
      },
      { field: 'source', headerName: 'Bron / toelichting', flex: 1, minWidth: 240, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, tooltipField: 'source', cellClass: 'cel-bron' },
    ],
    [],
  );
  return (
    <ListGrid<WlzEvent>
      label="Eenmalige overgangen naar de Wlz"
      rows={events}
      columns={columns}
      readOnly={readOnly}
      addLabel="Eenmalige overgang toevoegen"
      describe={(e) => `Eenmalige overgang in ${e.year} (${formatFlexible(e.clients)} cliënten)`}
      applyEdit={applyEdit}
      onSave={async ({ id, ...rest }) => {
        const { changeId, ...saved } = await call('wlzEvents.save', { scenarioId, event: { id, ...rest } });
        track(changeId, `Eenmalige overgang ${rest.year}`);
        await onChanged('Eenmalige overgang opgeslagen.');
        return saved;
      }}
      onAdd={async () => {
        track((await call('wlzEvents.save', { scenarioId, event: { year: 2026, clients: 0, variant: null, source: 'Nieuwe gebeurtenis: vul jaar, aantal en bron in.' } })).changeId, 'Nieuwe eenmalige overgang');
        await onChanged('Eenmalige overgang toegevoegd met 0 cliënten: vul de regel in.');
      }}
      onDelete={async (e) => {
        track((await call('wlzEvents.delete', { scenarioId, id: e.id })).changeId, `Eenmalige overgang ${e.year} verwijderd`);
        await onChanged('Eenmalige overgang verwijderd.');
      }}
      onError={onError}
    />
  );
}
