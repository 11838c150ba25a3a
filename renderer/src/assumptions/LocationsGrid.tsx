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
  /** "Mijn gemeente": its locations are highlighted. */
  focus?: GemeenteCode | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Column headers: the same words in the grid and in every message about a cell. */
const H = {
  name: 'Naam',
  gemeente: 'Gemeente',
  variant: 'Vorm',
  places: 'Plekken',
  opening: 'Open vanaf (jjjj-mm)',
  closing: 'Dicht vanaf (jjjj-mm)',
  financing: 'Financiering',
  targetGroup: 'Doelgroep',
  isAanname: 'Soort',
  source: 'Bron / toelichting',
} as const;

/** The row with one field changed from typed text; a Dutch message naming the column when the text is not valid. */
export function applyLocationEdit(row: Location, field: string, typed: unknown): Location {
  const text = String(typed ?? '').trim();
  switch (field) {
    case 'places': {
      const p = parseDutchNumber(typed, { what: H.places, whole: true });
      if (!p.ok) throw new Error(p.message);
      return { ...row, places: p.value };
    }
    case 'opening':
      if (!MONTH.test(text)) throw new Error('Open vanaf: geef een maand als jjjj-mm, bijvoorbeeld 2027-01.');
      return { ...row, opening: text };
    case 'closing':
      if (text !== '' && text !== '—' && !MONTH.test(text)) throw new Error('Dicht vanaf: geef een maand als jjjj-mm, of laat de cel leeg als de locatie open blijft.');
      return { ...row, closing: text === '' || text === '—' ? null : text };
    case 'isAanname':
      return { ...row, isAanname: text === 'aanname' };
    default:
      return { ...row, [field]: text };
  }
}

export function LocationsGrid({ scenarioId, locations, readOnly, onChanged, onError, focus }: Props) {
  const track = useTrackChange();
  const columns = useMemo<ColDef<Location>[]>(
    () => [
      // The name tells rows apart: shown in full (wrapped), also as tooltip.
      // The name tells rows apart: shown in full (wrapped), also as tooltip.
      { field: 'name', headerName: H.name, flex: 3, minWidth: 230, cellClass: 'cel-label', wrapText: true, autoHeight: true, tooltipField: 'name' },
      {
        field: 'gemeente',
        headerName: H.gemeente,
        width: 140,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: GEMEENTE_CODES },
        valueFormatter: (p) => gemeenteNaam(p.value as GemeenteCode),
        refData: Object.fromEntries(GEMEENTE_CODES.map((g) => [g, gemeenteNaam(g)])),
      },
      {
        field: 'variant',
        headerName: H.variant,
        width: 180,
        wrapText: true,
        autoHeight: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: VARIANT_IDS },
        refData: Object.fromEntries(VARIANT_IDS.map((v) => [v, variantLabel(v as VariantId)])),
      },
      {
        field: 'places',
        headerName: H.places,
        headerTooltip: 'Plekken: een heel getal, bijvoorbeeld 24',
        width: 100,
        type: 'rightAligned',
        valueFormatter: (p) => formatNumber(p.value as number),
      },
      { field: 'opening', headerName: H.opening, width: 130 },
      { field: 'closing', headerName: H.closing, width: 130, valueFormatter: (p) => (p.value as string | null) ?? '—' },
      { field: 'financing', headerName: H.financing, width: 130, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: FINANCING } },
      {
        field: 'targetGroup',
        headerName: H.targetGroup,
        width: 170,
        wrapText: true,
        autoHeight: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: TARGET_GROUPS },
      },
      {
        field: 'isAanname',
        headerName: H.isAanname,
        width: 100,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['aanname', 'bron'] },
        valueGetter: (p) => (p.data?.isAanname ? 'aanname' : 'bron'),
        cellClassRules: { 'cel-aanname': (p) => !!p.data?.isAanname },
      },
      {
        field: 'source',
        headerName: H.source,
        flex: 3,
        minWidth: 220,
        cellEditor: 'agLargeTextCellEditor',
        cellEditorPopup: true,
        cellEditorParams: { maxLength: 500 },
        tooltipField: 'source',
        cellClass: 'cel-bron',
      },
    ],
    [],
  );

  const save = async (l: Location): Promise<Location> => {
    const { id, ...rest } = l;
    const { changeId, ...saved } = await call('locations.save', { scenarioId, location: { id, ...rest } });
    track(changeId, `Locatie "${l.name}"`);
    await onChanged(`Locatie "${saved.name}" opgeslagen.`);
    return saved;
  };

  return (
    <ListGrid<Location>
      label="Locaties"
      rows={locations}
      columns={columns}
      readOnly={readOnly}
      addLabel="Locatie toevoegen"
      describe={(l) => `Locatie "${l.name}" (${formatNumber(l.places)} plekken)`}
      applyEdit={applyLocationEdit}
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
      isFocusRow={(l) => l.gemeente === focus}
      focusKey={focus ?? ''}
    />
  );
}
