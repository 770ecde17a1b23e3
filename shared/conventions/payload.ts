/** What the convention form sends (JSON-safe: dates and amounts as the user typed them). */
export interface NewPartnerPayload {
  readonly name: string;
  readonly type: string;
  readonly country: string;
  readonly contact: string;
  readonly email: string;
}

export interface ConventionPayload {
  /** Unique per form submission: a repeated submit returns the first result. */
  readonly requestId: string;
  /** The convention being edited, or null for a new one. */
  readonly id: string | null;
  /** For an edit: the row's content when the form was opened (to detect someone else's change). */
  readonly version: string | null;
  readonly title: string;
  readonly partnerId: string | null;
  readonly newPartner: NewPartnerPayload | null;
  readonly type: string;
  readonly action: string;
  readonly project: string;
  readonly signedOn: string;
  readonly start: string;
  readonly end: string;
  readonly amount: string;
  readonly direction: string;
  readonly status: string;
  readonly notes: string;
  readonly instalments: readonly { readonly date: string; readonly amount: string }[];
  readonly reports: readonly { readonly date: string }[];
  readonly createFolder: boolean;
  /** A new convention made from a granted opportunity: saving it links the two (Opportunités › Convention). */
  readonly opportunityId?: string | null;
}

/** The form's data when it opens. */
export interface ConventionForm {
  readonly mode: 'new' | 'edit';
  readonly current: (Omit<ConventionPayload, 'requestId' | 'newPartner' | 'createFolder'> & { readonly folder: string }) | null;
  readonly partners: readonly { readonly id: string; readonly name: string; readonly type: string }[];
  readonly projects: readonly { readonly code: string; readonly title: string; readonly action: string }[];
  readonly fiscalYearStart: { readonly month: number; readonly day: number };
  /** Why the selected row cannot be edited (not a convention, no ID…), when so. */
  readonly notice: string | null;
  /** A new convention's fields taken from a granted opportunity (shared/usecases/opportunity-convention.ts). */
  readonly prefill?: {
    readonly opportunityId: string;
    readonly title: string;
    readonly partnerId: string | null;
    readonly project: string;
    readonly amount: string;
    readonly type: string;
  } | null;
}

export type SaveResult =
  | {
      readonly ok: true;
      readonly id: string;
      readonly created: boolean;
      readonly partnerId: string | null;
      readonly row: number;
      readonly folderUrl: string | null;
      readonly warning: string | null;
    }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly message: string };
