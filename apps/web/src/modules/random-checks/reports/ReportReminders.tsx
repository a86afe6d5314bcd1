import { BellOutlined } from '@ant-design/icons';
import { Alert, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { useReportReminders } from './reports.api';

/**
 * The home page's to-do line for the DR-7 tables (SYS-3): last month's 《环境执法“双随机、一公开”
 * 情况汇总表》 and, from December, the yearly summary, each until the agency has submitted it (上报);
 * past the due day in red. Nothing for users who do not report.
 */
export function ReportReminders() {
  const { t } = useTranslation();
  const { access } = useSession();
  const canReport = access.can('random_checks.report');
  const reminders = useReportReminders(canReport);
  const items = reminders.data?.reminders ?? [];
  if (!canReport || items.length === 0) return null;
  return (
    <Alert
      type={items.some((reminder) => reminder.isOverdue) ? 'error' : 'warning'}
      showIcon
      icon={<BellOutlined />}
      style={{ marginTop: 16 }}
      data-testid="report-reminders"
      title={t('randomChecks.reports.reminder.title')}
      description={
        <Space direction="vertical" size={4}>
          {items.map((reminder) => (
            <Space key={`${reminder.kind}-${reminder.period}`} wrap size={8}>
              <span>
                {t(`randomChecks.reports.reminder.${reminder.kind}`, {
                  date: reminder.dueOn,
                  title: reminder.title,
                })}
              </span>
              <Tag
                color={reminder.daysLeft <= 1 ? 'red' : 'orange'}
                data-testid={`reminder-${reminder.kind}`}
              >
                {reminder.isOverdue
                  ? t('randomChecks.reports.reminder.overdue', { days: -reminder.daysLeft })
                  : reminder.daysLeft === 0
                    ? t('randomChecks.reports.reminder.dueToday')
                    : t('randomChecks.reports.reminder.daysLeft', { days: reminder.daysLeft })}
              </Tag>
              <Link
                to={
                  reminder.kind === 'monthly'
                    ? `/random-checks/reports?month=${reminder.period}`
                    : `/random-checks/reports?tab=yearly&year=${reminder.period}`
                }
              >
                {t('randomChecks.reports.reminder.open')}
              </Link>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
