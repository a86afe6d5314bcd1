import type { ProvinceProfile } from '@qingshan/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** GET /api/profile: the active province profile (changes only with a server restart). */
export function useProvinceProfile() {
  return useQuery({
    queryKey: ['profile'],
    queryFn: ({ signal }) => api.get<ProvinceProfile>('/api/profile', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
