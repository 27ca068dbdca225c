// Word lists for believable demo data; deterministic by index so a re-seed looks the same.
export const firstNames = ['Anna', 'Boris', 'Maria', 'Ivan', 'Olga', 'Dmitry', 'Elena', 'Sergey', 'Natalia', 'Alexei', 'Emma', 'Liam', 'Sofia', 'Noah', 'Mia', 'Lucas', 'Ava', 'Leo', 'Zoe', 'Max'];
export const lastNames = ['Ivanova', 'Petrov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Lebedeva', 'Novikov', 'Morozova', 'Volkov', 'Smith', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Walker'];

export const clientLines = [
  'Hi! Is the blue jacket still available in size M?',
  'Hello, where is my order? It was supposed to arrive yesterday.',
  'Can I pay by card on delivery?',
  'Do you ship to Kazan?',
  'I would like to return the shoes, they are too small.',
  'What are your opening hours on Sunday?',
  'Здравствуйте! Есть ли скидка на второй товар?',
  'Добрый день, подскажите сроки доставки в Новосибирск.',
  'Thanks, that helps a lot!',
  'Can you send me the invoice again?',
  'Is there a warranty on the coffee machine?',
  'Спасибо, жду.',
];

export const operatorLines = [
  'Hello! Yes, it is in stock. Shall I reserve it for you?',
  'Let me check your order status, one moment please.',
  'Your parcel is with the courier and will arrive today before 18:00.',
  'Sure, card payment on delivery works.',
  'We ship all over Russia; delivery to Kazan takes 2–3 days.',
  'Of course. I have sent you the return form by e-mail.',
  'Добрый день! Да, на второй товар скидка 10%.',
  'Доставка в Новосибирск занимает 4–5 рабочих дней.',
  'You are welcome! Anything else I can help with?',
];

export const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

// Products and places vary the texts, so that search words are spread over the data like in real chats.
const products = [
  'jacket', 'sneakers', 'backpack', 'coffee machine', 'kettle', 'umbrella', 'scarf', 'watch', 'headphones', 'lamp',
  'куртка', 'кроссовки', 'рюкзак', 'кофемашина', 'чайник', 'зонт', 'шарф', 'часы', 'наушники', 'лампа',
  'blender', 'toaster', 'gloves', 'wallet', 'sunglasses', 'платье', 'сумка', 'ботинки', 'пылесос', 'плед',
];
const places = ['Kazan', 'Samara', 'Perm', 'Omsk', 'Tver', 'Тула', 'Сочи', 'Уфа', 'Пермь', 'Казань'];

/** A client's message: one of the stock lines, or a question about a product or a place. */
export function clientLine(client: number, message: number) {
  const n = client * 7 + message * 13;
  switch (n % 4) {
    case 0:
      return pick(clientLines, client + message);
    case 1:
      return `Is the ${pick(products, n)} available in another colour? Delivery to ${pick(places, n >> 2)}?`;
    case 2:
      return `Здравствуйте! Сколько стоит ${pick(products, n >> 1)} и когда доставка в ${pick(places, n >> 3)}?`;
    default:
      return `Order #${10000 + client}: the ${pick(products, n >> 2)} arrived, thank you!`;
  }
}
