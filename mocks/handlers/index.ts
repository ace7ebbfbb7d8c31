import { accountHandlers } from './account';
import { botHandlers } from './bots';

export const handlers = [...accountHandlers, ...botHandlers];
