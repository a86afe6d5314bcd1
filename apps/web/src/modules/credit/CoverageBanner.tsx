import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { useCreditTabPage } from './credit.api';

/** How many of the year's key polluters got the letter and signed the commitment. */
export function CoverageBanner({
  coverage,
  basis,
  onShowMissing,
}: {
  coverage: NonNullable<ReturnType<typeof useCreditTabPage>['data']>['coverage'] & object;
  basis: string;
  onShowMissing: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#f6fbf8' }} data-testid="commitment-coverage">
      <Row gutter={[24, 12]} align="middle">
        <Col xs={24} lg={8}>
          <Space>
            <SafetyCertificateOutlined style={{ fontSize: 22, color: '#0b7a55' }} />
            <div>
              <Typography.Text strong>{t('credit.coverage.title', { year: coverage.year })}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('credit.coverage.basis', { basis })}
                </Typography.Text>
              </div>
            </div>
          </Space>
        </Col>
        <Col xs={12} lg={5}>
          <Typography.Text type="secondary">{t('credit.coverage.delivered')}</Typography.Text>
          <Progress percent={coverage.deliveredPercent} size="small" />
        </Col>
        <Col xs={12} lg={5}>
          <Typography.Text type="secondary">{t('credit.coverage.signed')}</Typography.Text>
          <Progress percent={coverage.signedPercent} size="small" strokeColor="#0b7a55" />
        </Col>
        <Col xs={24} lg={6}>
          <Space direction="vertical" size={0}>
            {coverage.missing > 0 ? (
              <Typography.Link type="danger" onClick={onShowMissing}>
                {t('credit.coverage.missing', { count: coverage.missing })}
              </Typography.Link>
            ) : (
              <Typography.Text type="success">{t('credit.coverage.missing', { count: 0 })}</Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('credit.coverage.notSigned', { count: coverage.delivered - coverage.signed })}
            </Typography.Text>
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
