import type { BodyCompliance, ComplianceState, PartnershipCompliance } from '../meetings/types';

/**
 * A partnership's meeting-frequency compliance as the register shows it: the worst state of its bodies,
 * with the Dutch reason of the worst body (its worst rule's sentence).
 */
export interface RegisterCompliance {
  readonly state: ComplianceState;
  /** The body that decides the state (the first of the worst, in the partnership's order). */
  readonly bodyName: string;
  /** One Dutch sentence, e.g. "Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 2 juli 2026." */
  readonly reason: string;
}

function worstBody(bodies: readonly BodyCompliance[], state: ComplianceState): BodyCompliance | undefined {
  return bodies.find((body) => body.state === state);
}

/**
 * The register's compliance per partnership id, from `evaluateAllCompliance`. A partnership without
 * meeting bodies and findings has nothing to judge and is left out (the register then shows no state, and
 * the "Naleving" filter does not match it). When a finding of the risk profile (no internal body) is the
 * worst, its sentence is the reason. Organisation-wide bodies belong to no row of the register.
 *
 * @example
 * registerComplianceByPartnership(evaluateAllCompliance(data, asOf)).get(gbTwenteId)?.state //=> 'violated'
 */
export function registerComplianceByPartnership(result: readonly PartnershipCompliance[]): ReadonlyMap<number, RegisterCompliance> {
  const byPartnership = new Map<number, RegisterCompliance>();
  for (const partnership of result) {
    const body = worstBody(partnership.bodies, partnership.state);
    // Bodies first, so an existing body keeps naming the state as before; a finding only when no body has it.
    const finding = body ? undefined : partnership.findings.find((candidate) => candidate.state === partnership.state);
    if (finding) {
      byPartnership.set(partnership.partnershipId, { state: partnership.state, bodyName: '', reason: finding.message });
      continue;
    }
    if (!body) continue;
    const rule = body.rules.find((candidate) => candidate.state === body.state);
    byPartnership.set(partnership.partnershipId, {
      state: partnership.state,
      bodyName: body.bodyName,
      // A body without rules is met by definition: there is no rule sentence to give.
      reason: rule?.reason ?? `${body.shortName}: geen frequentie vastgelegd.`,
    });
  }
  return byPartnership;
}
