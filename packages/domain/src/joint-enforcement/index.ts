// cross-region joint enforcement rules (JA-*)
export * from './lead-agency';
