/** Notifications: the durable outbox written with the change that causes it, templates (zh-CN, en), e-mail and SMS delivery. */
export { notificationStatements, notify, type NotifyInput } from "./notify.js";
export {
  DELIVERED_CHANNELS, deliverDueNotifications, type DeliveredChannel, type DeliverOptions, type DeliveryReport,
} from "./deliver-due-notifications.js";
export { renderTemplate } from "./template-engine.js";
export { TEMPLATE_NAMES, type TemplateName, type TemplateParams, type TemplateText } from "./templates.js";
export {
  CHANNELS, DeliveryError, messageIdOf, retryDelayMs, SENDING_LEASE_MS, type Language, type NotificationChannel, type NotificationRow,
  type NotificationStatus, type Recipient,
} from "./notification.js";
export { smtpTransport, type EmailMessage, type EmailTransport } from "./email.channel.js";
export { httpSmsGateway, type SmsMessage, type SmsProvider } from "./sms.channel.js";
export { transportsFromConfig, type Transports } from "./transports.js";
export { listNotifications, markNotificationRead } from "./read-notifications.js";
export { listOutbox, retryNotification } from "./manage-outbox.js";
export { notificationsTotal, registerNotifyMetrics } from "./metrics.js";
export { notificationsRoutes } from "./notifications.routes.js";
export { templatesRoutes } from "./templates.routes.js";
export { loadCustomTemplates } from "./manage-templates.js";
