import type { Repositories } from '../src/data/ports';
import { exitNoticeMoment } from '../src/domain/wgr2022';
import { syncExitNoticeMoment } from '../src/data/partnershipControl';
import type { ProvisionCheckResult, WgrProvision, WgrProvisionCheck } from '../src/domain/councilInfluence/models';
import type { RiskProfile } from '../src/domain/riskProfile/models';
import { scoreRiskProfile } from '../src/domain/riskProfile/questionnaire';
import { calendarDateOfInstant, parseCalendarDate } from '../src/domain/time';
import { DEMO_NOW } from './demoData';
import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';

/*
 * Demo data of risk-based control and the Wgr 2022 check (issue 8), relative to the demo's "today", 26 November 2026.
 * Everything is a demo assessment: the answers, notes and articles are invented and say "(demo)".
 * - Risk profiles for the seed partnerships; GBTwente has an older profile too, so the history shows a change.
 * - The Wgr 2022 check of GBTwente is complete; Veiligheidsregio Twente's has gaps (participation missing, the exit
 *   conditions only partly regulated, the advisory committee not yet checked).
 * - GBTwente's regeling has a notice period of 12 months to 1 January, which gives the exit moment on its timeline.
 */

export interface DemoRiskProfile {
  readonly partnershipName: string;
  readonly assessedOn: string;
  /** Points per question id (see src/domain/riskProfile/questionnaire.ts). */
  readonly answers: Readonly<Record<string, number>>;
  readonly notes: string;
}

function answers(
  financial: readonly [number, number, number, number],
  policy: readonly [number, number, number],
  governance: readonly [number, number, number],
): Readonly<Record<string, number>> {
  return {
    'fin-bijdrage': financial[0],
    'fin-garanties': financial[1],
    'fin-weerstandsvermogen': financial[2],
    'fin-trend': financial[3],
    'beleid-wettelijke-taak': policy[0],
    'beleid-maatschappelijke-impact': policy[1],
    'beleid-afhankelijkheid': policy[2],
    'governance-zeggenschap': governance[0],
    'governance-informatie': governance[1],
    'governance-bevindingen': governance[2],
  };
}

export const DEMO_RISK_PROFILES: readonly DemoRiskProfile[] = [
  {
    partnershipName: GBTWENTE,
    assessedOn: '2025-11-20',
    answers: answers([1, 1, 1, 1], [2, 1, 1], [1, 0, 0]),
    notes: 'Eerste risicoprofiel (demo).',
  },
  {
    partnershipName: GBTWENTE,
    assessedOn: '2026-10-15',
    answers: answers([1, 2, 2, 2], [2, 2, 2], [1, 2, 1]),
    notes: 'Hoger na de vervanging van het belastingsysteem en late kwartaalrapportages (demo).',
  },
  {
    partnershipName: VEILIGHEIDSREGIO_TWENTE,
    assessedOn: '2026-09-10',
    answers: answers([3, 2, 2, 3], [3, 3, 3], [1, 1, 1]),
    notes: 'Stijgende kosten van brandweerzorg en een wettelijke taak zonder alternatief (demo).',
  },
  {
    partnershipName: REGIO_TWENTE,
    assessedOn: '2026-06-30',
    answers: answers([1, 1, 1, 1], [1, 1, 2], [2, 2, 1]),
    notes: 'Bestuurlijke drukte; sturing door de raden op de regionale agenda is lastig (demo).',
  },
  {
    partnershipName: 'Stadsbank Oost-Nederland',
    assessedOn: '2026-05-12',
    answers: answers([0, 2, 1, 2], [2, 2, 1], [1, 1, 0]),
    notes: 'Toenemende vraag naar schuldhulp (demo).',
  },
  {
    partnershipName: 'Openbaar Lichaam Crematoria Twente',
    assessedOn: '2026-03-02',
    answers: answers([0, 0, 0, 0], [0, 1, 1], [1, 0, 0]),
    notes: 'Kostendekkend en financieel gezond (demo).',
  },
  {
    partnershipName: 'Regionale uitvoeringsdienst Overijssel (ODT/RUD)',
    assessedOn: '2026-08-25',
    answers: answers([1, 2, 1, 2], [3, 2, 1], [1, 1, 2]),
    notes: 'Achterstanden bij vergunningverlening en een verklaring met beperking (demo).',
  },
];

export interface DemoProvisionCheck {
  readonly partnershipName: string;
  readonly provision: WgrProvision;
  readonly result: ProvisionCheckResult;
  readonly regulationArticle: string;
  readonly notes: string;
  readonly checkedOn: string;
}

function check(partnershipName: string, provision: WgrProvision, result: ProvisionCheckResult, regulationArticle: string, notes: string): DemoProvisionCheck {
  return { partnershipName, provision, result, regulationArticle, notes, checkedOn: '2026-10-01' };
}

export const DEMO_PROVISION_CHECKS: readonly DemoProvisionCheck[] = [
  check(GBTWENTE, 'evaluatiebepaling', 'geregeld', 'art. 38', 'Eens in de vier jaar, met de raden (demo).'),
  check(GBTWENTE, 'inwonersparticipatie', 'geregeld', 'art. 12a', 'Verwijst naar een participatieverordening van het AB (demo).'),
  check(GBTWENTE, 'zienswijzebesluiten', 'geregeld', 'art. 25', 'Begroting, begrotingswijzigingen boven € 250.000 en het beleidsplan (demo).'),
  check(GBTWENTE, 'actieve-informatieplicht', 'geregeld', 'art. 17', 'Kwartaalrapportages en een jaarlijkse informatiebijeenkomst (demo).'),
  check(GBTWENTE, 'adviescommissie', 'niet-van-toepassing', '', 'De deelnemers kozen geen gemeenschappelijke adviescommissie (demo).'),
  check(GBTWENTE, 'uittredingsvoorwaarden', 'geregeld', 'art. 41', 'Opzegtermijn twaalf maanden, per 1 januari; uittreedsom volgens bijlage (demo).'),
  check(VEILIGHEIDSREGIO_TWENTE, 'evaluatiebepaling', 'geregeld', 'art. 33', 'Eens in de vijf jaar (demo).'),
  check(VEILIGHEIDSREGIO_TWENTE, 'inwonersparticipatie', 'ontbreekt', 'art. 12', 'Nog niet aangepast aan de Wgr 2022; hoort bij art. 12 (demo).'),
  check(VEILIGHEIDSREGIO_TWENTE, 'zienswijzebesluiten', 'geregeld', 'art. 27', 'Alleen de begroting en het beleidsplan (demo).'),
  check(VEILIGHEIDSREGIO_TWENTE, 'actieve-informatieplicht', 'geregeld', 'art. 19', 'Halfjaarlijkse rapportage (demo).'),
  check(VEILIGHEIDSREGIO_TWENTE, 'uittredingsvoorwaarden', 'deels-geregeld', 'art. 40', 'Wel een opzegtermijn, geen regels voor de financiële afwikkeling (demo).'),
];

/** GBTwente's regeling: a notice of twelve months to 1 January (demo, see the check of art. 41 above). */
export const DEMO_EXIT_SETTINGS = { partnershipName: GBTWENTE, exitNoticeMonths: 12, exitEffectiveDay: '01-01' } as const;

export interface PartnershipControlDemoReport {
  readonly created: number;
  readonly failures: readonly string[];
}

const key = (text: string): string => text.trim().toLocaleLowerCase('nl');

/**
 * Loads the demo risk profiles, Wgr 2022 checks and GBTwente's exit notice, and writes the exit moment. Idempotent:
 * profiles are recognised by partnership and date, checks by partnership and provision, and the exit settings are
 * only filled when empty, so a second run creates nothing.
 */
export async function loadPartnershipControlDemoData(
  repositories: Pick<Repositories, 'partnerships' | 'riskProfiles' | 'wgrProvisionChecks' | 'wgrSettings' | 'processMoments'>,
  log: (message: string) => void = () => undefined,
): Promise<PartnershipControlDemoReport> {
  const failures: string[] = [];
  let created = 0;
  const partnerships = await repositories.partnerships.list();
  const ids = new Map(partnerships.map((item) => [key(item.name), item.id] as const));
  const idOf = (name: string): number | undefined => {
    const id = ids.get(key(name));
    if (id === undefined) failures.push(`risico en Wgr-toets: samenwerkingsverband '${name}' ontbreekt`);
    return id;
  };

  const storedProfiles = await repositories.riskProfiles.list();
  const profileKeys = new Set(storedProfiles.map((profile) => `${profile.partnershipId}|${profile.assessedOn}`));
  const newProfiles: RiskProfile[] = [];
  for (const demo of DEMO_RISK_PROFILES) {
    const partnershipId = idOf(demo.partnershipName);
    const scored = scoreRiskProfile(demo.answers);
    if (partnershipId === undefined) continue;
    if (scored.score === undefined || scored.level === undefined) {
      failures.push(`risicoprofiel ${demo.partnershipName}: onvolledige demo-antwoorden`);
      continue;
    }
    const profileKey = `${partnershipId}|${demo.assessedOn}`;
    if (profileKeys.has(profileKey)) continue;
    profileKeys.add(profileKey);
    newProfiles.push({ partnershipId, answers: demo.answers, score: scored.score, level: scored.level, assessedOn: parseCalendarDate(demo.assessedOn), notes: demo.notes });
  }
  if (newProfiles.length > 0) {
    (await repositories.riskProfiles.createMany(newProfiles)).forEach((result, index) => {
      if (result.ok) created += 1;
      else failures.push(`risicoprofiel ${newProfiles[index].partnershipId}: ${result.error.message}`);
    });
  }

  const storedChecks = await repositories.wgrProvisionChecks.list();
  const checkKeys = new Set(storedChecks.map((item) => `${item.partnershipId}|${item.provision}`));
  const newChecks: WgrProvisionCheck[] = [];
  for (const { partnershipName, checkedOn, ...demo } of DEMO_PROVISION_CHECKS) {
    const partnershipId = idOf(partnershipName);
    if (partnershipId === undefined || checkKeys.has(`${partnershipId}|${demo.provision}`)) continue;
    checkKeys.add(`${partnershipId}|${demo.provision}`);
    newChecks.push({ ...demo, partnershipId, checkedOn: parseCalendarDate(checkedOn) });
  }
  if (newChecks.length > 0) {
    (await repositories.wgrProvisionChecks.createMany(newChecks)).forEach((result, index) => {
      if (result.ok) created += 1;
      else failures.push(`Wgr-toets ${newChecks[index].provision}: ${result.error.message}`);
    });
  }

  const exitPartnershipId = idOf(DEMO_EXIT_SETTINGS.partnershipName);
  if (exitPartnershipId !== undefined) {
    try {
      const [settings] = await repositories.wgrSettings.list({ where: { property: 'partnershipId', op: 'eq', value: exitPartnershipId } });
      const exitFields = { exitNoticeMonths: DEMO_EXIT_SETTINGS.exitNoticeMonths, exitEffectiveDay: DEMO_EXIT_SETTINGS.exitEffectiveDay };
      let current = settings;
      if (current === undefined) {
        current = await repositories.wgrSettings.create({ partnershipId: exitPartnershipId, budgetAmendmentsExempt: false, notes: 'Demo-instelling.', ...exitFields });
        created += 1;
      } else if (current.exitNoticeMonths === undefined) {
        current = await repositories.wgrSettings.update(current.id, exitFields, current.etag);
      }
      const sync = await syncExitNoticeMoment(repositories.processMoments, exitPartnershipId, exitNoticeMoment(current, calendarDateOfInstant(DEMO_NOW)));
      if (sync.action === 'created') created += 1;
    } catch (error) {
      failures.push(`uittreding ${DEMO_EXIT_SETTINGS.partnershipName}: ${(error as Error).message}`);
    }
  }
  log(`risk profiles and Wgr 2022 checks: ${created} created`);
  return { created, failures };
}
