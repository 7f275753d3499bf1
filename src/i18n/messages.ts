/**
 * The shape of a language's messages: the card's catalogue, read before the first verdict, and
 * the working's, loaded with the code that unfolds. English defines both shapes.
 */
import type { enCard } from './en/card.js';
import type { enWorking } from './en/working.js';

export type CardMessages = typeof enCard;
export type WorkingMessages = typeof enWorking;
export type Messages = CardMessages & WorkingMessages;
