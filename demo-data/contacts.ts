import { DEMO_PEOPLE } from './people';
import { GBTWENTE } from './partnerships';
import type { DemoContact } from './types';

/*
 * Seed 000: "Gezamenlijk stellen we een contactpersonenlijst op met de relaties in de uitvoering."
 * Role-based, fictional contacts with `.example` addresses (reserved for examples, RFC 2606).
 */

const gbTwenteContact = (name: string, role: string, expertise: string, mailbox: string): DemoContact => ({
  name,
  organisation: 'GBTwente',
  role,
  expertise,
  email: `${mailbox}@gbtwente.example`,
  phone: '',
  partnershipName: GBTWENTE,
});

export const DEMO_CONTACTS: readonly DemoContact[] = [
  gbTwenteContact('Strategisch adviseur GBTwente', 'Strategisch adviseur', 'Advies, heffingen en belastingen, gegevensuitwisseling', 'strategisch.adviseur'),
  gbTwenteContact('Bestuursondersteuning GBTwente', 'Bestuursondersteuning', 'Organisatie en verslag van AB, DB en accounthoudersoverleg', 'bestuursondersteuning'),
  gbTwenteContact('Manager dienstverlening GBTwente', 'Manager dienstverlening', 'Inwonercontacten en de dienstverleningsovereenkomst', 'manager.dienstverlening'),
  gbTwenteContact('Klantcontact GBTwente (operationeel overleg)', 'Operationeel overleg inwonercontacten', 'Vragen en bezwaren van inwoners over belastingen en WOZ', 'klantcontact'),
  {
    name: DEMO_PEOPLE.anneDeVries.displayName,
    organisation: 'Gemeente Hof van Twente',
    role: 'Accounthouder GBTwente',
    expertise: 'Gemeentelijke belastingen, DVO',
    email: DEMO_PEOPLE.anneDeVries.email,
    phone: '',
    partnershipName: GBTWENTE,
  },
  {
    name: 'Manager dienstverlening Hof van Twente',
    organisation: 'Gemeente Hof van Twente',
    role: 'Manager dienstverlening',
    expertise: 'Inwonercontacten',
    email: 'manager.dienstverlening@hofvantwente.example',
    phone: '',
    partnershipName: GBTWENTE,
  },
];
