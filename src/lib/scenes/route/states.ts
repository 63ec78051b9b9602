export const ROUTE_STATES = ['start', 'independence', 'collapse', 'reckoning'] as const;
export type RouteState = (typeof ROUTE_STATES)[number];
