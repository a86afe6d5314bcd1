import type { ComplianceStripLevel, KeyPolluterMedium, OperatingStatus, PermitClass } from '@qingshan/domain';

/** The strip's and the timeline's colours: green compliant, amber minor issues, red violations, dark red serious ones. */
export const complianceColors: Record<ComplianceStripLevel, string> = {
  compliant: '#52c41a',
  minor_issue: '#faad14',
  violation: '#f5222d',
  serious_violation: '#820014',
  no_record: '#e8e8e8',
};

export const permitClassColors: Record<PermitClass, string> = {
  key: 'red',
  simplified: 'orange',
  registration: 'blue',
};

export const mediumColors: Record<KeyPolluterMedium, string> = {
  water: 'blue',
  air: 'cyan',
  soil: 'gold',
  noise: 'purple',
  environmental_risk: 'volcano',
};

export const operatingStatusBadges: Record<
  OperatingStatus,
  'success' | 'warning' | 'default' | 'processing'
> = {
  operating: 'success',
  suspended: 'warning',
  closed: 'default',
  under_construction: 'processing',
};

export const creditLevelColors: Record<'trustworthy' | 'good' | 'warning' | 'untrustworthy', string> = {
  trustworthy: 'green',
  good: 'cyan',
  warning: 'orange',
  untrustworthy: 'red',
};
