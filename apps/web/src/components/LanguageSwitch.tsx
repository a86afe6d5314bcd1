import { TranslationOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

/** 中文 ⇄ English; the choice is remembered on this device (localStorage). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
  return (
    <Tooltip title={t('common.language.label')}>
      <Button
        type="text"
        icon={<TranslationOutlined />}
        aria-label={t('common.language.label')}
        data-testid="language-switch"
        lang={next === 'zh-CN' ? 'zh-CN' : 'en'}
        onClick={() => void changeLanguage(next)}
      >
        {compact ? null : t('common.language.switchTo')}
      </Button>
    </Tooltip>
  );
}
