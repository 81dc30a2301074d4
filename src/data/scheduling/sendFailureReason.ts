import { AccessDeniedError, ConcurrencyConflictError, DataAccessError, InvalidRequestError, NotFoundError, ThrottledError } from '../ports/errors';

/** Why Outlook did not get the meeting, in one Dutch sentence, stored on the meeting item for every user to read. */
export function sendFailureReason(error: unknown): string {
  if (error instanceof ThrottledError) {
    return `Outlook (Microsoft Graph) was overbelast (${error.status ?? 429}) en gaf ook na herhaalde pogingen geen antwoord. Probeer het later opnieuw.`;
  }
  if (error instanceof AccessDeniedError) {
    return 'U heeft geen toegang tot deze agenda in Outlook (Microsoft Graph weigerde het verzoek).';
  }
  if (error instanceof NotFoundError) {
    return 'De afspraak of agenda bestaat niet (meer) in Outlook.';
  }
  if (error instanceof InvalidRequestError) {
    return `Outlook weigerde de uitnodiging: ${error.message}`;
  }
  if (error instanceof ConcurrencyConflictError) {
    return 'De afspraak is tegelijk in Outlook gewijzigd. Probeer het opnieuw.';
  }
  if (error instanceof DataAccessError) {
    return `Outlook gaf een fout${error.status === undefined ? '' : ` (${error.status})`}: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Verzenden naar Outlook mislukte: ${message}`;
}
