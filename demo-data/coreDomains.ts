/**
 * Seed 003 ("Samenwerken doen we zelf", 2015): the core domains the Twentse gemeenten set for their
 * cooperation, verbatim; the demo uses them as a partnership's `domain`.
 */
export const TWENTE_CORE_DOMAINS = {
  socioEconomic: 'Sociaal-economische ontwikkeling (incl. recreatie en toerisme)',
  externalProfile: 'Externe profilering',
  publicHealth: 'Publieke gezondheid',
  socialDomain: 'Sociaal domein (jeugdhulpverlening en maatsch. ondersteuning)',
  permitsAndEnforcement: 'Vergunningverlening/handhaving',
  regionalSafety: 'Regionale veiligheid',
  backOffice: 'Samenwerking in de backoffice bedrijfsvoering',
  other: 'Overige samenwerking',
} as const;
