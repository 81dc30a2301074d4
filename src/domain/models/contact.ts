/** Seed 000: the shared contact list of people in execution. */
export interface Contact {
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly expertise: string;
  readonly email: string;
  readonly phone: string;
  /** Absent for a contact that serves several partnerships. */
  readonly partnershipId?: number;
}
