import { CheckCircleFilled, CloseCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { findPasswordProblems, securityPolicy } from '@qingshan/domain';
import { type FormRule, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Live feedback on a new password from the same policy check the server runs
 * (`findPasswordProblems`, 等保 2.0 8.1.4.1 a): before typing it lists the policy, while typing it
 * lists what is still wrong, and confirms when nothing is. The common-password dictionary is
 * checked only on the server (too large for the page); its refusal shows under the field.
 */
export function PasswordPolicyHints({
  password,
  username,
}: {
  password: string | undefined;
  username?: string;
}) {
  const { t } = useTranslation();
  if (!password) {
    return (
      <div className="qs-password-hints" aria-live="polite">
        <Typography.Text type="secondary">
          <InfoCircleOutlined /> {t('common.password.hintsTitle')}：
          {[
            t('common.password.minLength', { count: securityPolicy.passwordMinLength }),
            t('common.password.classes'),
            t('common.password.noSpaces'),
            t('common.password.noUsername'),
            t('common.password.noRepeats'),
            t('common.password.noCommon'),
          ].join('；')}
        </Typography.Text>
      </div>
    );
  }
  const problems = findPasswordProblems(password, { username });
  return (
    <div className="qs-password-hints" aria-live="polite" data-testid="password-hints">
      {problems.length === 0 ? (
        <Typography.Text type="success">
          <CheckCircleFilled /> {t('common.password.ok')}
        </Typography.Text>
      ) : (
        problems.map((problem) => (
          <div key={problem}>
            <Typography.Text type="danger">
              <CloseCircleFilled /> {problem}
            </Typography.Text>
          </div>
        ))
      )}
    </div>
  );
}

/**
 * Form rule with the same check, so the form refuses what the server would refuse. Its message is
 * short: the hints below the field already list each problem.
 */
export function passwordPolicyRule(message: string, username?: () => string | undefined): FormRule {
  return {
    validator: (_rule, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const problems = findPasswordProblems(value, { username: username?.() });
      return problems.length === 0 ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}
