import type { Region } from '@qingshan/domain';
import { Cascader } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { useApiErrorHandler } from '../../lib/use-api-error';
import { fetchRegionChildren, useRegionDetail } from '../agencies/agencies.api';
import { useSession } from '../auth/session';
import { regionPathTo } from './entities.query';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
  loading?: boolean;
}

function toOption(region: Region): RegionOption {
  return { value: region.code, label: region.name, isLeaf: region.level === 'town' };
}

/** 江西省南昌市南昌县 → 南昌市南昌县. */
export function withoutProvince(fullName: string): string {
  return fullName.replace(/^.+?(省|自治区)/, '') || fullName;
}

/**
 * A region of the user's jurisdiction, from its top region down to a town, loaded level by level
 * from /api/regions. The value is one region code (the last level chosen); any level may be
 * chosen unless `minLevel` asks for a county or town (where entities are registered).
 */
export function RegionCascader({
  value,
  onChange,
  placeholder,
  minLevel,
  allowClear = true,
  style,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  /** `county`: a province or city cannot be chosen (the form). */
  minLevel?: 'county';
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
}) {
  const { me } = useSession();
  const showError = useApiErrorHandler();
  const roots = useMemo(() => {
    const regions = me.jurisdiction.regions;
    // A field office lists its county and the towns it covers: the county is the root.
    return regions.filter(
      (region) => !regions.some((other) => other.code !== region.code && isWithin(region.code, other.code)),
    );
  }, [me.jurisdiction.regions]);
  const [options, setOptions] = useState<RegionOption[]>([]);
  useEffect(() => {
    setOptions(
      roots.map((region) => ({
        value: region.code,
        label: withoutProvince(region.name),
        isLeaf: region.code.length === 9,
      })),
    );
  }, [roots]);

  const root = value ? roots.find((region) => isWithin(value, region.code)) : undefined;
  const path = value && root ? regionPathTo(value, root.code) : value ? [value] : undefined;
  // Opened from a link: the options along the path may not be loaded yet; the name comes from the server.
  const detail = useRegionDetail(value);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected.at(-1);
    if (!target || target.children) return;
    target.loading = true;
    setOptions((list) => [...list]);
    try {
      const children = await fetchRegionChildren(target.value);
      target.children = children.map(toOption);
      target.isLeaf = children.length === 0;
    } catch (error) {
      showError(error);
    } finally {
      target.loading = false;
      setOptions((list) => [...list]);
    }
  };

  return (
    <Cascader<RegionOption>
      id={id}
      aria-label={ariaLabel}
      options={options}
      loadData={loadData}
      value={path}
      changeOnSelect
      allowClear={allowClear}
      showSearch={false}
      placeholder={placeholder}
      style={style}
      popupMatchSelectWidth={false}
      displayRender={(labels, selected) =>
        selected && selected.length === (path?.length ?? 0) && selected.every(Boolean)
          ? labels.join(' / ')
          : detail.data
            ? withoutProvince(detail.data.fullName)
            : (value ?? '')
      }
      onChange={(next) => {
        const code = (next as string[] | undefined)?.at(-1);
        if (minLevel === 'county' && code && code.length === 6 && code.endsWith('00')) {
          // A province or city: keep it open so a county or town is chosen.
          return;
        }
        onChange?.(code);
      }}
    />
  );
}

/** Whether `code` lies in the region `ancestor` (a province, city, county or the town itself). */
export function isWithin(code: string, ancestor: string): boolean {
  if (ancestor.length === 9) return code === ancestor;
  const prefix = ancestor.endsWith('0000')
    ? ancestor.slice(0, 2)
    : ancestor.endsWith('00')
      ? ancestor.slice(0, 4)
      : ancestor;
  return code.startsWith(prefix);
}
