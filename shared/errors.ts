/** Errors that cross the contract: a code the UI can act on and a Dutch message a person can read. */
export type ErrorCode =
  | 'ONGELDIGE_INVOER'
  | 'NIET_GEVONDEN'
  | 'CONFLICT'
  | 'ONBEKEND_KANAAL'
  | 'GEEN_TOEGANG'
  | 'DATABASE'
  | 'INTERN';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What is wrong with a database file, so a shell can offer the right way out. */
export type DatabaseProblem = 'beschadigd' | 'nieuwer' | 'in-gebruik' | 'onleesbaar' | 'alleen-lezen';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problem?: DatabaseProblem,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };
