import { defineMessages } from '../../../i18n/messages.ts';

// The client card's orders, from the shop's orders subgraph through the gateway.
export const ordersMessages = defineMessages({
  en: {
    title: 'Orders',
    none: 'No orders yet',
    unavailable: 'Orders unavailable',
    status: { NEW: 'New', PAID: 'Paid', SHIPPED: 'Shipped', DELIVERED: 'Delivered', CANCELLED: 'Cancelled' },
  },
  ru: {
    title: 'Заказы',
    none: 'Заказов пока нет',
    unavailable: 'Заказы недоступны',
    status: { NEW: 'Новый', PAID: 'Оплачен', SHIPPED: 'Отправлен', DELIVERED: 'Доставлен', CANCELLED: 'Отменён' },
  },
});
