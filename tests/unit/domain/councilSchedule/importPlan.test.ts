import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate, Stored } from '../../../../src/domain/models';
import { parseCouncilSchedule, planCouncilScheduleImport, type ParsedCouncilSchedule } from '../../../../src/domain/councilSchedule';
import type { CouncilCalendarEntry } from '../../../../src/domain/wgr';

const HOF_VAN_TWENTE = 8;
const ALMELO = 1;
const d = (text: string): CalendarDate => text as CalendarDate;

function schedule(text = readFileSync(join(__dirname, '../../../../demo-data/hofVanTwenteRaad2027.demo.ics'), 'utf8')): ParsedCouncilSchedule {
  const result = parseCouncilSchedule(text, { municipalityId: HOF_VAN_TWENTE });
  if (!result.ok) throw new Error(result.message);
  return result.schedule;
}

let nextId = 1;
function stored(entry: CouncilCalendarEntry): Stored<CouncilCalendarEntry> {
  nextId += 1;
  return { ...entry, id: nextId, etag: `"${nextId},1"` } as Stored<CouncilCalendarEntry>;
}

describe('planCouncilScheduleImport', () => {
  it('creates every entry on an empty list and lists skipped events', () => {
    const plan = planCouncilScheduleImport(schedule(), [], HOF_VAN_TWENTE);
    expect(plan.counts).toEqual({ create: 18, update: 0, unchanged: 0, remove: 0, skip: 13 });
    expect(plan.isNoOp).toBe(false);
    expect(plan.rows[0]).toMatchObject({ action: 'create', reason: 'Nieuwe commissievergadering op 12 januari 2027.' });
  });

  it('changes nothing when the stored entries already match the feed', () => {
    const storedEntries = schedule().entries.map(stored);
    const plan = planCouncilScheduleImport(schedule(), storedEntries, HOF_VAN_TWENTE);
    expect(plan.counts).toMatchObject({ create: 0, update: 0, unchanged: 18, remove: 0 });
    expect(plan.isNoOp).toBe(true);
  });

  it('updates a moved meeting by UID, removes one no longer in the feed, and leaves hand-entered and other municipalities alone', () => {
    const parsed = schedule();
    const storedEntries = parsed.entries.map((entry) => (entry.sourceUid === 'raad-20270629@demo.hofvantwente.example' ? stored({ ...entry, date: d('2027-06-22') }) : stored(entry)));
    const gone = stored({ municipalityId: HOF_VAN_TWENTE, kind: 'raadsvergadering', title: 'Oud', date: d('2027-02-02'), isDemo: true, sourceUid: 'vervallen@x' });
    const cancelledBefore = stored({ municipalityId: HOF_VAN_TWENTE, kind: 'raadsvergadering', title: 'Extra', date: d('2027-10-05'), isDemo: true, sourceUid: 'raad-20271005@demo.hofvantwente.example' });
    const handEntered = stored({ municipalityId: HOF_VAN_TWENTE, kind: 'raadsvergadering', title: 'Met de hand', date: d('2027-02-16'), isDemo: false });
    const almelo = stored({ municipalityId: ALMELO, kind: 'raadsvergadering', title: 'Almelo', date: d('2027-02-02'), isDemo: false, sourceUid: 'almelo@x' });
    const plan = planCouncilScheduleImport(parsed, [...storedEntries, gone, cancelledBefore, handEntered, almelo], HOF_VAN_TWENTE);
    expect(plan.counts).toMatchObject({ create: 0, update: 1, unchanged: 17, remove: 2 });
    const update = plan.rows.find((row) => row.action === 'update');
    expect(update).toMatchObject({ changes: { date: '2027-06-29' }, reason: 'Gewijzigd in het vergaderschema: datum 22 juni 2027 → 29 juni 2027.' });
    const removals = plan.rows.flatMap((row) => (row.action === 'remove' ? [[row.current.id, row.reason]] : []));
    expect(removals).toEqual([
      [gone.id, 'Staat niet meer in het vergaderschema.'],
      [cancelledBefore.id, 'Geannuleerd in het vergaderschema.'],
    ]);
  });

  it('links a hand-entered entry with the same kind and day instead of doubling it', () => {
    const recess = stored({ municipalityId: HOF_VAN_TWENTE, kind: 'zomerreces', title: 'Zomerreces raad Hof van Twente 2027 (demo)', date: d('2027-07-10'), endDate: d('2027-08-22'), isDemo: true });
    const plan = planCouncilScheduleImport(schedule(), [recess], HOF_VAN_TWENTE);
    expect(plan.counts.create).toBe(17);
    expect(plan.rows.find((row) => row.action === 'update')).toMatchObject({
      current: { id: recess.id },
      changes: { sourceUid: 'zomerreces-2027@demo.hofvantwente.example', title: 'Zomerreces (demo)' },
      reason: 'Bestaande reces van 10 juli 2027 wordt gekoppeld aan het vergaderschema.',
    });
  });
});
