// cross-region joint enforcement rules (JA-*)
export * from './joint-enforcement.lead-agency';
