import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ marginTop: 4, minHeight: 24 }}>{children}</div>
    </div>
  );
}

export const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
