/** The capacity page's state in the URL: scope agency, the day certificates are checked, figures. */
export interface CapacityFilters {
  agencyId?: string;
  date?: string;
  figures: 'rolledUp' | 'own';
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function parseCapacityFilters(search: URLSearchParams): CapacityFilters {
  const agencyId = search.get('agencyId');
  const date = search.get('date');
  return {
    agencyId: agencyId && uuidPattern.test(agencyId) ? agencyId : undefined,
    date: date && datePattern.test(date) ? date : undefined,
    figures: search.get('figures') === 'own' ? 'own' : 'rolledUp',
  };
}

export function serializeCapacityFilters(filters: CapacityFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.agencyId) search.set('agencyId', filters.agencyId);
  if (filters.date) search.set('date', filters.date);
  if (filters.figures === 'own') search.set('figures', 'own');
  return search;
}

/** A rate for a cell: one decimal and a percent sign, or a dash when nothing could be measured. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}
