import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Col, type ColProps, Input, Row, Space } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filters above a list: the controls (each in an antd `Col` with its widths) in a wrapping
 * row, a reset button, and optionally a second row of less-used filters behind "more filters"
 * (open from the start when one of them is set).
 */
export function FilterBar({
  children,
  onReset,
  advanced,
  advancedCount = 0,
  actionsCol = { xs: 24, md: 'auto' },
  resetDisabled = false,
  below,
}: {
  children: ReactNode;
  onReset?: () => void;
  /** The widths of the column holding the toggle and the reset button. */
  actionsCol?: ColProps;
  /** Reset greyed out (nothing to reset). */
  resetDisabled?: boolean;
  /** Under the filters: shortcuts, chips of what is set. */
  below?: ReactNode;
  advanced?: ReactNode;
  /** How many of the advanced filters are set (shown on the toggle). */
  advancedCount?: number;
}) {
  const { t } = useTranslation();
  const [showAdvanced, setShowAdvanced] = useState(advancedCount > 0);
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]} align="middle">
        {children}
        <Col {...actionsCol}>
          <Space size={8}>
            {advanced ? (
              <Button
                type="link"
                onClick={() => setShowAdvanced((shown) => !shown)}
                icon={showAdvanced ? <UpOutlined /> : <DownOutlined />}
                iconPlacement="end"
                style={{ paddingInline: 4 }}
              >
                {showAdvanced
                  ? t('common.filters.less')
                  : advancedCount > 0
                    ? t('common.filters.moreCount', { count: advancedCount })
                    : t('common.filters.more')}
              </Button>
            ) : null}
            {onReset ? (
              <Button onClick={onReset} disabled={resetDisabled}>
                {t('common.actions.reset')}
              </Button>
            ) : null}
          </Space>
        </Col>
      </Row>
      {advanced && showAdvanced ? (
        <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
          {advanced}
        </Row>
      ) : null}
      {below}
    </Card>
  );
}

/**
 * The search box of a list: typing stays local, Enter or the button applies it; it follows the
 * URL when that changes underneath (reset, back and forward).
 */
export function SearchFilter({
  value,
  onSearch,
  placeholder,
  maxLength = 50,
  testId,
}: {
  value?: string;
  onSearch: (value: string | undefined) => void;
  placeholder: string;
  maxLength?: number;
  testId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      data-testid={testId}
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      maxLength={maxLength}
      onChange={(event) => setText(event.target.value)}
      onSearch={(next) => onSearch(next.trim() || undefined)}
    />
  );
}
