import { performance } from 'node:perf_hooks';
import type { Bench, BenchResult } from './harness';
import { evaluateAllCompliance, type ComplianceData, type MeetingOccurrence } from '../src/domain/meetings';
import type { CalendarDate, MeetingStatus } from '../src/domain/models';
import { addDaysToCalendarDate, parseCalendarDate, zonedDateTime } from '../src/domain/time';

const PARTNERSHIPS = 1_000;
const MEETINGS = 100_000;
const AS_OF = parseCalendarDate('2026-11-26');

/** The seed's bodies: minimum per year, law floor, relative, season, quarter, on demand. */
const BODY_KINDS = [
  { name: 'Algemeen Bestuur – AB', shortName: 'AB', frequencyText: 'minimaal drie keer per jaar' },
  { name: 'Dagelijks Bestuur – DB', shortName: 'DB', frequencyText: 'minimaal vier keer per jaar' },
  { name: 'Accounthoudersoverleg', shortName: 'Accounthoudersoverleg', frequencyText: 'twee weken voorafgaand aan AB (minimaal drie keer per jaar)' },
  { name: 'Evaluatie DVO', shortName: 'Evaluatie DVO', frequencyText: 'één keer per jaar (najaar)' },
  { name: 'Kwartaaloverleg', shortName: 'Kwartaaloverleg', frequencyText: 'ieder kwartaal' },
] as const;

/** A deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate(): ComplianceData {
  const next = random(42);
  const partnerships = Array.from({ length: PARTNERSHIPS }, (_unused, index) => ({
    id: index + 1,
    name: `Samenwerking ${index + 1}`,
    legalForm: index % 3 === 0 ? ('stichting' as const) : ('gr-openbaar-lichaam' as const),
  }));
  const bodies = partnerships.flatMap((partnership, partnershipIndex) =>
    BODY_KINDS.map((kind, kindIndex) => ({ id: partnershipIndex * BODY_KINDS.length + kindIndex + 1, partnershipId: partnership.id, frequencyRuleJson: '', ...kind })),
  );
  // Wall times are built once per day and time of day, then reused: generating is not what is measured.
  const days: CalendarDate[] = Array.from({ length: 730 }, (_unused, index) => addDaysToCalendarDate(parseCalendarDate('2025-01-01'), index));
  const starts = days.map((date) => [zonedDateTime(date, '09:30'), zonedDateTime(date, '14:00')] as const);
  const statuses: readonly MeetingStatus[] = ['gehouden', 'gehouden', 'gehouden', 'gepland', 'geannuleerd'];
  const meetings: MeetingOccurrence[] = Array.from({ length: MEETINGS }, () => {
    const body = bodies[Math.floor(next() * bodies.length)];
    const dayIndex = Math.floor(next() * days.length);
    return { bodyId: body.id, start: starts[dayIndex][next() < 0.5 ? 0 : 1], status: statuses[Math.floor(next() * statuses.length)] };
  });
  return { partnerships, bodies, meetings };
}

/**
 * The baseline: one pass over the same meetings that counts, per body, the meetings of the year that
 * are not cancelled, split into held and planned. Any compliance computation reads at least this much.
 */
function linearPass(data: ComplianceData): number {
  const year = AS_OF.slice(0, 4);
  const held = new Map<number, number>();
  const planned = new Map<number, number>();
  for (const meeting of data.meetings) {
    if (meeting.status === 'geannuleerd' || !meeting.start.startsWith(year)) {
      continue;
    }
    const counts = meeting.start.slice(0, 10) <= AS_OF ? held : planned;
    counts.set(meeting.bodyId, (counts.get(meeting.bodyId) ?? 0) + 1);
  }
  return held.size + planned.size;
}

function best(repeat: number, work: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < repeat; run += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** Issue 5: compliance of every body of 1,000 partnerships with 100,000 meetings, against one linear pass. */
export const complianceBench: Bench = {
  name: 'Compliance',
  async run(): Promise<readonly BenchResult[]> {
    const data = generate();
    const result = evaluateAllCompliance(data, AS_OF);
    const bodyCount = result.reduce((total, partnership) => total + partnership.bodies.length, 0);
    if (bodyCount !== data.bodies.length) throw new Error(`compliance covered ${bodyCount} of ${data.bodies.length} bodies`);
    if (linearPass(data) === 0) throw new Error('the linear pass counted nothing');
    // Interleaved, best of several: both figures see the same load on the shared machine.
    let complianceMs = Number.POSITIVE_INFINITY;
    let linearMs = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 8; round += 1) {
      complianceMs = Math.min(complianceMs, best(1, () => evaluateAllCompliance(data, AS_OF)));
      linearMs = Math.min(linearMs, best(3, () => linearPass(data)));
    }
    const states = result.flatMap((partnership) => partnership.bodies.map((body) => body.state));
    return [
      {
        name: `compliance of ${data.bodies.length} bodies in ${PARTNERSHIPS} partnerships over ${MEETINGS} meetings`,
        figures: {
          complianceMs,
          linearPassMs: linearMs,
          met: states.filter((state) => state === 'met').length,
          atRisk: states.filter((state) => state === 'at-risk').length,
          violated: states.filter((state) => state === 'violated').length,
        },
        ratio: { label: 'compliance time / one linear pass over the same meetings', value: complianceMs / linearMs },
      },
    ];
  },
};
