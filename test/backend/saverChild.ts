/**
 * The durability test's child: opens the backend on the given file and saves one change after another, printing
 * "ok <n>" after each save the backend acknowledged, until it is killed.
 */
import { openBackend } from '../../electron/backend/backend';

const file = process.argv[2];
const backend = openBackend(file, 'test');
const list = backend.call('scenario.list', {});
if (!list.ok) throw new Error(list.error.message);
const scenarioId = (list.data as { id: number }[])[0].id;
const created = backend.call('scenario.create', { name: `Duurzaamheid ${process.pid}` });
if (!created.ok) throw new Error(created.error.message);
const id = (created.data as { id: number }).id;
void scenarioId;
for (let n = 1; ; n++) {
  const r = backend.call('assumptions.setValue', { scenarioId: id, key: 'inwoners.GM0147', value: 20_000 + n });
  if (!r.ok) throw new Error(r.error.message);
  const loc = backend.call('locations.save', {
    scenarioId: id,
    location: { name: `Locatie ${n}`, gemeente: 'GM0153', variant: 'allInclusive', places: n % 50, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: '', isAanname: true },
  });
  if (!loc.ok) throw new Error(loc.error.message);
  process.stdout.write(`ok ${id} ${n}\n`);
}
