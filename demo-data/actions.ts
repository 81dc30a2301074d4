import type { DemoAction } from './types';

/*
 * Seed 002, Verbeterplan verbonden partijen: every recommendation verbatim, with the response still
 * to be decided and no action, owner or planning yet (the seed's columns are empty). The two
 * "aanvullende lessen" are recorded as actions L1 and L2 of their own plan.
 */

export const IMPROVEMENT_PLANS = {
  part1: 'Verbeterplan verbonden partijen deel 1',
  part2: 'Verbeterplan verbonden partijen deel 2',
  lessons: 'Verbeterplan verbonden partijen, aanvullende lessen',
} as const;

const open = (plan: string, number: string, recommendation: string): DemoAction => ({
  number,
  plan,
  recommendation,
  response: 'nog-te-bepalen',
  responseExplanation: '',
  action: '',
  status: 'open',
});

export const DEMO_ACTIONS: readonly DemoAction[] = [
  // Deel 1 "Bestuurlijke en ambtelijke rollen t.a.v. verbonden partijen"
  open(IMPROVEMENT_PLANS.part1, 'A', 'Voer een discussie over de rollenscheiding zowel op bestuurlijk als op ambtelijk niveau.'),
  open(IMPROVEMENT_PLANS.part1, 'B', 'Maak afspraken over de invulling van de bestuurlijke rol van opdrachtgever t.a.v. alle verbonden partijen.'),
  open(
    IMPROVEMENT_PLANS.part1,
    'C',
    'Verbeter de beheersstructuur van De Connectie. (Op dit moment loopt een verbeterpad Governance van De Connectie in regioverband. Bespreek daarin huidige knelpunten. Vertaal dan de uitkomsten van het verbetertraject naar de gemeentelijke beheerstructuur)',
  ),
  open(IMPROVEMENT_PLANS.part1, 'D', 'Beschrijf functies en rollen t.a.v. VP en benodigde formatie (zie 1)'),
  open(IMPROVEMENT_PLANS.part1, 'E', 'Zorg voor adequaat strategisch advies over huidige en toekomstige samenwerkingsverbanden'),
  open(IMPROVEMENT_PLANS.part1, 'F', 'Verbeter de aansluiting van het ambtelijk advies op de bestuurlijke rollen'),

  // Deel 2 "Regievoeren op verbonden partijen"
  open(
    IMPROVEMENT_PLANS.part2,
    '1',
    'Beschrijf de rol van regievoerder, inclusief taken, competenties en benodigde formatie. (Zie D) Neem de kerntaken op in de beschrijving van de rol van regievoerder.',
  ),
  open(IMPROVEMENT_PLANS.part2, '2', 'Maak afspraken met de regievoerder over de uitvoering van de taken'),
  open(IMPROVEMENT_PLANS.part2, '3', 'Bepaal in hoeverre het meten van de tevredenheid ook een taak is van de regievoerder of van de organisatie van de verbonden partij'),
  open(IMPROVEMENT_PLANS.part2, '4', 'Maak waar nodig aanvullende afspraken met de VP over de levering van de diensten (kwantiteit, kwaliteit, informatievoorziening)'),
  open(IMPROVEMENT_PLANS.part2, '5', 'Geef aandacht aan de afspraken over de informatievoorziening en bespreek de monitoring ihkv de IWP cyclus'),
  open(IMPROVEMENT_PLANS.part2, '6', 'Voer een inventarisatie uit van de processen en beschrijf ze.'),
  open(IMPROVEMENT_PLANS.part2, '7', 'Stel een overdrachtsdocument en werkinstructies op, zeker bij vervanging van medewerkers.'),
  open(
    IMPROVEMENT_PLANS.part2,
    '8',
    'Voer structureel intern afstemmingsoverleg en betrek hierbij advies (beleid, financieel, juridisch enz.), uitvoering en waar mogelijk kwaliteitsmedewerkers.',
  ),
  open(
    IMPROVEMENT_PLANS.part2,
    '9',
    'Zonder rapportages van de VP is monitoring van de levering van diensten ondoenlijk. Maak afspraken met de VP over het leveren van rapportages of het inrichten en bijhouden van een dashboard. Voer een jaarlijkse evaluatie met de VP in.',
  ),
  open(IMPROVEMENT_PLANS.part2, '10', 'Bespreek de voortgang van het budget zowel met de VP als intern.'),

  // Aanvullende lessen
  open(IMPROVEMENT_PLANS.lessons, 'L1', 'De regievoerders leveren 2 keer per jaar de stand van zaken m.b.t. tot levering van diensten en budgetten aan het MT.'),
  // L2 is 279 characters; the Aanbeveling column (the list's Title) holds 255. The recommendation keeps
  // its text up to "thema's", and the rest of the sentence, verbatim, is carried in the action.
  {
    ...open(
      IMPROVEMENT_PLANS.lessons,
      'L2',
      "Voer een periodiek overleg tussen de gemeentelijke regievoerders om ervaringen te delen én gezamenlijk te brainstormen over relevante thema's (…)",
    ),
    action:
      "Vervolg van de aanbeveling: \"zoals de prestatie indicatoren voor de monitoring van de diensten (via rapporten of een dashboard) of voor het meten van de tevredenheid.\"",
  },
];
