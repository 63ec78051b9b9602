export const MEMORY_STATES = ['years', 'victims', 'individual', 'closing'] as const;
export type MemoryState = (typeof MEMORY_STATES)[number];
