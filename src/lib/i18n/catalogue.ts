/** Every language's catalogue has exactly English's keys (the compiler checks it). */
import type { en } from './en.ts';
import type { Message } from './message.ts';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;
