/** What the notifications module offers the rest of the server: telling users of a cause. */
export { type NotifyInput, notifyUsers } from './notification.service';
