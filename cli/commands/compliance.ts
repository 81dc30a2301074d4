import { createSharePointRepositories } from '../../src/data/sharepoint';
import {
  COMPLIANCE_STATE_ORDER,
  evaluateComplianceGroups,
  renderRule,
  type ComplianceFinding,
  type ComplianceGroup,
  type ComplianceState,
  type RuleCompliance,
} from '../../src/domain/meetings';
import type { RiskLevel } from '../../src/domain/riskProfile/models';
import type { MeetingBody, Stored } from '../../src/domain/models';
import { calendarDateOfInstant, isCalendarDate, zonedDateTime } from '../../src/domain/time';
import type { CalendarDate } from '../../src/domain/models/time';
import type { CliCommand } from '../commandTypes';
import { CliError, EXIT_CODES, checkReachable, connect } from '../context';

/** The JSON `compliance --json` prints; documented in the README's "Compliance" section. */
export interface ComplianceReport {
  readonly asOf: CalendarDate;
  readonly year: number;
  readonly summary: Readonly<Record<ComplianceState, number>>;
  readonly bodies: readonly ComplianceReportBody[];
  /** What a partnership's risk profile requires and no body can meet (no internal body). */
  readonly findings: readonly ComplianceReportFinding[];
}

export interface ComplianceReportBody {
  /** `organisation` for the bodies of no single partnership, grouped as "Organisatiebreed". */
  readonly group: 'partnership' | 'organisation';
  /** Absent for an organisation-wide body. */
  readonly partnershipId?: number;
  /** The partnership's name, or "Organisatiebreed". */
  readonly partnershipName: string;
  /** The level of the partnership's current risk profile, whose floor applies to its internal bodies. */
  readonly riskLevel?: RiskLevel;
  readonly bodyId: number;
  readonly bodyName: string;
  readonly shortName: string;
  readonly frequencyText: string;
  /** Where the rules came from: the stored structured rule, or the frequency text parsed now. */
  readonly rulesFrom: 'stored' | 'text';
  readonly state: ComplianceState;
  readonly rules: readonly (RuleCompliance & { readonly description: string })[];
}

const STATE_LABELS: Readonly<Record<ComplianceState, string>> = {
  met: 'voldaan',
  'at-risk': 'risico',
  violated: 'niet voldaan',
  unchecked: 'niet gecontroleerd',
};

export interface ComplianceReportFinding extends ComplianceFinding {
  readonly partnershipId: number;
  readonly partnershipName: string;
}

/** Builds the report from what compliance computed (partnerships, then "Organisatiebreed") and the bodies it was computed for. */
export function complianceReport(result: readonly ComplianceGroup[], bodies: readonly Stored<MeetingBody>[], asOf: CalendarDate): ComplianceReport {
  const bodyById = new Map(bodies.map((body) => [body.id, body]));
  const rows: ComplianceReportBody[] = result.flatMap((group) =>
    group.bodies.map((body) => {
      const stored = bodyById.get(body.bodyId);
      return {
        ...(group.kind === 'partnership'
          ? { group: 'partnership' as const, partnershipId: group.partnershipId, partnershipName: group.partnershipName, ...(group.riskLevel ? { riskLevel: group.riskLevel } : {}) }
          : { group: 'organisation' as const, partnershipName: group.name }),
        bodyId: body.bodyId,
        bodyName: body.bodyName,
        shortName: body.shortName,
        frequencyText: stored?.frequencyText ?? '',
        rulesFrom: stored && stored.frequencyRuleJson.trim() !== '' ? 'stored' : 'text',
        state: body.state,
        rules: body.rules.map((rule) => ({ ...rule, description: renderRule(rule.rule) })),
      };
    }),
  );
  const summary = Object.fromEntries(COMPLIANCE_STATE_ORDER.map((state) => [state, rows.filter((row) => row.state === state).length])) as Record<ComplianceState, number>;
  const findings = result.flatMap((group) =>
    group.kind === 'partnership' ? group.findings.map((finding) => ({ partnershipId: group.partnershipId, partnershipName: group.partnershipName, ...finding })) : [],
  );
  return { asOf, year: Number(asOf.slice(0, 4)), summary, bodies: rows, findings };
}

function text(report: ComplianceReport): string {
  if (report.bodies.length === 0) {
    return `Geen overlegorganen gevonden (peildatum ${report.asOf}).`;
  }
  const lines = [`Naleving vergaderfrequenties per ${report.asOf}`];
  let partnership = '';
  for (const body of report.bodies) {
    if (body.partnershipName !== partnership) {
      partnership = body.partnershipName;
      lines.push('', body.riskLevel ? `${partnership} (risicoprofiel ${body.riskLevel})` : partnership);
    }
    lines.push(`  ${body.shortName} — ${STATE_LABELS[body.state]}`);
    for (const rule of body.rules) {
      lines.push(`    [${STATE_LABELS[rule.state]}] ${rule.description}: ${rule.reason}`);
    }
  }
  if (report.findings.length > 0) {
    lines.push('', 'Bevindingen risicoprofiel');
    for (const finding of report.findings) {
      lines.push(`  [${STATE_LABELS[finding.state]}] ${finding.partnershipName}: ${finding.message}`);
    }
  }
  const summary = COMPLIANCE_STATE_ORDER.map((state) => `${report.summary[state]} ${STATE_LABELS[state]}`).join(', ');
  lines.push('', `Organen: ${summary}.`);
  return lines.join('\n');
}

export const complianceCommand: CliCommand = {
  name: 'compliance',
  summary: 'Check every meeting body against its frequency rules (and Wgr art. 22 and the risk profile) as of a date.',
  usage: 'compliance [--site <url>] [--as <email>] [--as-of <yyyy-MM-dd>] [--json]',
  options: { site: { type: 'string' }, as: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const asOfText = values['as-of'];
    if (typeof asOfText === 'string' && !isCalendarDate(asOfText)) {
      throw new CliError(`--as-of must be a date written as yyyy-MM-dd, such as 2026-11-26, not '${asOfText}'.`, EXIT_CODES.badArguments);
    }
    // The edge of the program: the only place "today" is read from the clock.
    const asOf = typeof asOfText === 'string' && isCalendarDate(asOfText) ? asOfText : calendarDateOfInstant(new Date());
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const repositories = createSharePointRepositories(connection.sp);
    const [partnerships, bodies, meetings, riskProfiles] = await Promise.all([
      repositories.partnerships.list({ orderBy: [{ property: 'name' }] }),
      repositories.meetingBodies.list({ orderBy: [{ property: 'partnershipId' }, { property: 'name' }] }),
      // The year of the peildatum, and the year before for preparing meetings of an early-January meeting.
      repositories.meetings.list({ where: { property: 'start', op: 'ge', value: zonedDateTime(`${Number(asOf.slice(0, 4)) - 1}-01-01`, '00:00') } }),
      // Issue 8: the current risk profile adds a floor to a partnership's internal bodies.
      repositories.riskProfiles.list(),
    ]);
    const result = evaluateComplianceGroups({ partnerships, bodies, meetings, riskProfiles }, asOf);
    const report = complianceReport(result, bodies, asOf);
    io.stdout(values.json === true ? JSON.stringify(report, null, 2) : text(report));
    return EXIT_CODES.ok;
  },
};
