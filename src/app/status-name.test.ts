import { describe, expect, it } from 'vitest';
import { statusName } from './status-name';

describe('statusName', () => {
  const vip = { id: 'vip', name: 'VIP welcome' };
  const vip2 = { id: 'vip-2', name: 'vip welcome ' };
  it('adds the id only when another listed bot shares the name (letter case and spaces aside)', () => {
    expect(statusName(vip2, [vip, vip2])).toBe('vip welcome (vip-2)');
    expect(statusName(vip, [{ id: 'other', name: 'Other' }])).toBe('VIP welcome');
    expect(statusName(vip, undefined)).toBe('VIP welcome');
  });
  it('counts the bot once, whether the list still holds it or no longer does (after a deletion)', () => {
    expect(statusName(vip, [vip])).toBe('VIP welcome');
    expect(statusName(vip, [vip2])).toBe('VIP welcome (vip)');
  });
});
