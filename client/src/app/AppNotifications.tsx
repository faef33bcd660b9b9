import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.css';

/** Where notifications appear; loaded after the first page, which shows none. */
export default function AppNotifications() {
  return <Notifications position="bottom-right" limit={3} autoClose={6000} />;
}
