import type { ZodError, ZodIssue } from 'zod';

/**
 * The outcome of validating user input: the value, or one Dutch sentence per field, keyed by the
 * domain property path (`name`, `importance.audiences`). A form shows each message next to its
 * field and keeps what the user typed: validation only reports, it never changes the input.
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: ValidationErrors };

export type ValidationErrors = Readonly<Record<string, string>>;

/** Key of a message about the input as a whole (it is not an object at all). */
export const FORM_ERROR_KEY = '_';

/**
 * The key a message is shown under: the property path up to the first array index, so a bad
 * element of `externalMemberEmails` is reported on the field `externalMemberEmails`.
 */
export function errorKey(path: readonly (string | number)[]): string {
  const firstIndex = path.findIndex((segment) => typeof segment === 'number');
  const propertyPath = firstIndex === -1 ? path : path.slice(0, firstIndex);
  return propertyPath.length === 0 ? FORM_ERROR_KEY : propertyPath.join('.');
}

/** Collects messages; the first message for a field wins, as a form has room for one. */
export class ErrorCollector {
  private readonly messages: Record<string, string> = {};

  public addIssues(error: ZodError | undefined): void {
    for (const issue of error?.issues ?? []) {
      this.addIssue(issue);
    }
  }

  public add(key: string, message: string): void {
    if (!(key in this.messages)) {
      this.messages[key] = message;
    }
  }

  public has(key: string): boolean {
    return key in this.messages;
  }

  public get isEmpty(): boolean {
    return Object.keys(this.messages).length === 0;
  }

  public toErrors(): ValidationErrors {
    return Object.freeze({ ...this.messages });
  }

  private addIssue(issue: ZodIssue): void {
    this.add(errorKey(issue.path), issue.message);
  }
}
