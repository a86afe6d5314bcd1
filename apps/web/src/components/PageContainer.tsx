import { Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

export interface BreadcrumbEntry {
  title: ReactNode;
  to?: string;
}

/**
 * The page frame of ant-design-pro: breadcrumb, title with actions on the right, then content.
 * The title also becomes the document title.
 */
export function PageContainer({
  title,
  documentTitle,
  subTitle,
  extra,
  breadcrumb,
  children,
}: {
  title: ReactNode;
  /** When `title` is not plain text. */
  documentTitle?: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: BreadcrumbEntry[];
  children: ReactNode;
}) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <div className="qs-page">
      <div className="qs-page-header">
        {breadcrumb && breadcrumb.length > 0 ? (
          <Breadcrumb
            className="qs-page-breadcrumb"
            items={breadcrumb.map((entry, index) => ({
              key: index,
              title: entry.to ? <Link to={entry.to}>{entry.title}</Link> : entry.title,
            }))}
          />
        ) : null}
        <div className="qs-page-heading">
          <div className="qs-page-title">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
          </div>
          {extra ? <div className="qs-page-extra">{extra}</div> : null}
        </div>
      </div>
      <div className="qs-page-content">{children}</div>
    </div>
  );
}
