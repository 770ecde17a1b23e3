/** An error the user can act on: shown as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    readonly code: 'usage' | 'file' | 'data',
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
