/** Locations of a scenario: existing and planned places, editable in a grid. */
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { GEMEENTE_CODES, VARIANT_IDS, gemeenteNaam, variantLabel, type GemeenteCode, type VariantId } from '../../../shared/domain';
import { FINANCING, TARGET_GROUPS, type Location } from '../../../shared/locations';
import { formatNumber, parseDutchNumber } from '../../../shared/numberFormat';
import { useTrackChange } from '../undo/undo';
import { call } from '../api/client';
import { ListGrid } from './ListGrid';

interface Props {
  scenarioId: number;
  locations: Location[];
  readOnly: boolean;
  onChanged(message: string): Promise<void>;
  onError(message: string): void;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function applyEdit(row: Location, field: string, typed: unknown): Location {
  const text = String(typed ?? '').trim();
  switch (field) {
    case 'places': {
      const p = parseDutchNumber(text);
      if (!p.ok) throw new Error(`Aantal plekken: ${p.message}`);
      return { ...row, places: p.value };
    }
    case 'opening':
      if (!MONTH.test(text)) throw new Error('Opening: geef een maand als jjjj-mm, bijvoorbeeld 2027-01.');
      return { ...row, opening: text };
    case 'closing':
      if (text !== '' && !MONTH.test(text)) throw new Error('Sluiting: geef een maand als jjjj-mm, of laat de cel leeg.');
      return { ...row, closing: text === '' ? null : text };
    case 'isAanname':
      return { ...row, isAanname: text === 'aanname' };
    default:
      return { ...row, [field]: text };
  }
}

export function LocationsGrid({ scenarioId, locations, readOnly, onChanged, onError }: Props) {
  const track = useTrackChange();
  const columns = useMemo<ColDef<Location>[]>(
    () => [
      { field: 'name', headerName: 'Naam', flex: 3, minWidth: 220, cellClass: 'cel-label' },
      {
        field: 'gemeente',
        headerName: 'Gemeente',
        width: 130,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: GEMEENTE_CODES },
        valueFormatter: (p) => gemeenteNaam(p.value as GemeenteCode),
        refData: Object.fromEntries(GEMEENTE_CODES.map((g) => [g, gemeenteNaam(g)])),
      },
      {
        field: 'variant',
        headerName: 'Vorm',
        width: 170,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: VARIANT_IDS },
        refData: Object.fromEntries(VARIANT_IDS.map((v) => [v, variantLabel(v as VariantId)])),
      },
      { field: 'places', headerName: 'Plekken', width: 96, type: 'rightAligned', valueFormatter: (p) => formatNumber(p.value as number) },
      { field: 'opening', headerName: 'Open vanaf (jjjj-mm)', width: 120 },
      { field: 'closing', headerName: 'Dicht vanaf (jjjj-mm)', width: 120, valueFormatter: (p) => (p.value as string | null) ?? '—' },
      { field: 'financing', headerName: 'Financiering', width: 110, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: FINANCING } },
      { field: 'targetGroup', headerName: 'Doelgroep', width: 170, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: TARGET_GROUPS } },
      {
        field: 'isAanname',
        headerName: 'Soort',
        width: 96,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['aanname', 'bron'] },
        valueGetter: (p) => (p.data?.isAanname ? 'aanname' : 'bron'),
        cellClassRules: { 'cel-aanname': (p) => !!p.data?.isAanname },
      },
      {
        field: 'source',
        headerName: 'Bron / toelichting',
        flex: 3,
        minWidth: 200,
        cellEditor: 'agLargeTextCellEditor',
        cellEditorPopup: true,
        cellEditorParams: { maxLength: 500 },
        tooltipField: 'source',
        cellClass: 'cel-bron',
      },
    ],
    [],
  );

  const save = async (l: Location) => {
    const { id, ...rest } = l;
    track((await call('locations.save', { scenarioId, location: { id, ...rest } })).changeId, `Locatie "${l.name}"`);
    await onChanged(`Locatie "${l.name}" opgeslagen.`);
  };

  return (
    <ListGrid<Location>
      label="Locaties"
      rows={locations}
      columns={columns}
      readOnly={readOnly}
      addLabel="Locatie toevoegen"
      describe={(l) => `Locatie "${l.name}" (${formatNumber(l.places)} plekken)`}
      applyEdit={applyEdit}
      onSave={save}
      onAdd={async () => {
        const year = new Date().getFullYear() + 1;
        const made = await call('locations.save', {
          scenarioId,
          location: {
            name: 'Nieuwe locatie',
            gemeente: 'GM0153',
            variant: 'allInclusive',
            places: 0,
            opening: `${year}-01`,
            closing: null,
            financing: 'Wmo',
            targetGroup: 'algemeen',
            source: 'Nieuwe locatie: vul gemeente, plekken, opening en bron in.',
            isAanname: true,
          },
        });
        track(made.changeId, 'Nieuwe locatie');
        await onChanged('Nieuwe locatie toegevoegd met 0 plekken: vul de regel in.');
      }}
      onDelete={async (l) => {
        track((await call('locations.delete', { scenarioId, id: l.id })).changeId, `Locatie "${l.name}" verwijderd`);
        await onChanged(`Locatie "${l.name}" verwijderd.`);
      }}
      onError={onError}
    />
  );
}
