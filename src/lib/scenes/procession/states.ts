export const PROCESSION_STATES = ['walk'] as const;
export type ProcessionState = (typeof PROCESSION_STATES)[number];
