import { calculateDiscretion, type DiscretionBenchmarkData, formatYuan } from '@qingshan/domain';
import { Alert, Card, Col, Form, InputNumber, Row, Select, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 试算 (CAT-5 → CASE-5): runs the same pure calculator the case module will use, in the browser,
 * on the benchmark shown — proof that the factor table can be computed.
 */
export function DiscretionCalculator({ benchmark }: { benchmark: DiscretionBenchmarkData }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [baseAmount, setBaseAmount] = useState<number | null>(null);
  const result = useMemo(
    () => calculateDiscretion({ benchmark, choices, baseAmountYuan: baseAmount }),
    [benchmark, choices, baseAmount],
  );
  const isComplete = benchmark.factors.every((factor) => choices[factor.code]);

  return (
    <Card size="small" title={t('catalogues.calculator.title')} data-testid="discretion-calculator">
      <Typography.Paragraph type="secondary">{t('catalogues.calculator.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        {benchmark.range.kind === 'multiple' ? (
          <Form.Item label={t('catalogues.calculator.baseAmount', { label: benchmark.range.baseLabel })}>
            <InputNumber
              min={1}
              style={{ width: '100%' }}
              value={baseAmount}
              onChange={(value) => setBaseAmount(value)}
              formatter={(value) => (value ? Number(value).toLocaleString('en-US') : '')}
              data-testid="calculator-base"
            />
          </Form.Item>
        ) : null}
        <Row gutter={12}>
          {benchmark.factors.map((factor) => (
            <Col xs={24} md={12} key={factor.code}>
              <Form.Item label={factor.isBase ? `${factor.name}（基准）` : factor.name}>
                <Select
                  placeholder={t('catalogues.calculator.choose')}
                  value={choices[factor.code]}
                  data-testid={`calculator-${factor.code}`}
                  onChange={(option) => setChoices((current) => ({ ...current, [factor.code]: option }))}
                  options={factor.options.map((option) => ({ value: option.code, label: option.label }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      {result.ok ? (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={12}>
              <Statistic
                title={t('catalogues.calculator.result')}
                value={result.amountYuan}
                suffix="元"
                valueStyle={{ color: '#cf1322' }}
                data-testid="calculator-amount"
              />
            </Col>
            <Col span={12}>
              <Statistic
                title={t('catalogues.calculator.range')}
                value={`${formatYuan(result.legalMinYuan)} – ${formatYuan(result.legalMaxYuan)}`}
                valueStyle={{ fontSize: 16 }}
              />
            </Col>
          </Row>
          <Typography.Text strong>{t('catalogues.calculator.reasons')}</Typography.Text>
          <Typography.Paragraph
            copyable
            style={{
              whiteSpace: 'pre-wrap',
              background: '#fafafa',
              padding: 12,
              borderRadius: 6,
              marginTop: 8,
            }}
            data-testid="calculator-reasons"
          >
            {result.reasons}
          </Typography.Paragraph>
        </>
      ) : isComplete || Object.keys(choices).length > 0 ? (
        <Alert type="info" showIcon message={result.problems.map((problem) => problem.message).join('；')} />
      ) : null}
    </Card>
  );
}
