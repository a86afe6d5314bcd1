import type { CardColor, CardStatus, CreditLevel } from '@qingshan/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** One colour per level, as the evaluation schemes publish them (green, blue, yellow, red). */
export const creditLevelColors: Record<CreditLevel, string> = {
  trustworthy: 'green',
  good: 'blue',
  warning: 'gold',
  untrustworthy: 'red',
};

export function CreditLevelTag({ level }: { level: CreditLevel }) {
  const { t } = useTranslation();
  return <Tag color={creditLevelColors[level]}>{t(`credit.labels.creditLevel.${level}`)}</Tag>;
}

/** A red or yellow card, solid while active; lifted cards are grey with their colour named. */
export function CardTag({ color, status }: { color: CardColor; status: CardStatus }) {
  const { t } = useTranslation();
  if (status === 'lifted') {
    return (
      <Tag>
        {t(`credit.labels.cardColor.${color}`)} · {t('credit.labels.cardStatus.lifted')}
      </Tag>
    );
  }
  return (
    <Tag color={color === 'red' ? '#cf1322' : '#d48806'} style={{ fontWeight: 600 }}>
      {t(`credit.labels.cardColor.${color}`)}
      {status === 'overdue' ? ` · ${t('credit.labels.cardStatus.overdue')}` : ''}
    </Tag>
  );
}
