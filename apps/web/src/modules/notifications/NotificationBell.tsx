import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@qingshan/domain';
import { Badge, Button, Empty, List, Popover, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkNotificationsRead, useNotifications } from './notifications.api';

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      className={item.isRead ? 'qs-notification' : 'qs-notification qs-notification-unread'}
      data-testid="notification-item"
      onClick={() => onOpen(item)}
      style={{ cursor: 'pointer' }}
    >
      <List.Item.Meta
        title={
          <Space size={6}>
            <Tag color={item.kind === 'clock_escalated' ? 'volcano' : 'red'}>
              {t(`notifications.kinds.${item.kind}`)}
            </Tag>
            <Typography.Text strong={!item.isRead}>{item.title}</Typography.Text>
          </Space>
        }
        description={
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.body}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(item.createdAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          </Space>
        }
      />
    </List.Item>
  );
}

/**
 * The header's bell (SYS-3): the unread count of the user's notifications (overdue clocks and
 * escalations), the newest in a list; opening one marks it read and goes to its page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  const open = (item: Notification) => {
    if (!item.isRead) markRead.mutate({ ids: [item.id] });
    setIsOpen(false);
    navigate(item.path);
  };

  const content = (
    <div style={{ width: 380, maxHeight: 460, overflowY: 'auto' }} data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List<Notification>
          size="small"
          dataSource={items}
          renderItem={(item) => <NotificationItem item={item} onOpen={open} />}
        />
      )}
    </div>
  );

  return (
    <Popover
      open={isOpen}
      onOpenChange={setIsOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{t('notifications.title')}</span>
          <Button
            type="link"
            size="small"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({})}
            data-testid="notification-read-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count: unread })}
        data-testid="notification-bell"
      >
        <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
