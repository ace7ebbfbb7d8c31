import { describe, expect, test, vi } from 'vitest';

// Each test loads the module afresh: whether the storage is in memory is kept for the page's life.
const load = async () => {
  vi.resetModules();
  return import('./page-storage');
};

const blockedWindow = () => {
  const target = {} as Window;
  Object.defineProperty(target, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
  return target;
};

describe('installMemoryStorageIfBlocked', () => {
  test('leaves a readable localStorage alone', async () => {
    const { installMemoryStorageIfBlocked, MemoryStorage, storageIsMemoryOnly } = await load();
    const storage = new MemoryStorage();
    const target = { localStorage: storage } as unknown as Window;
    expect(installMemoryStorageIfBlocked(target)).toBe(false);
    expect(target.localStorage).toBe(storage);
    expect(storageIsMemoryOnly()).toBe(false);
  });

  test('puts a storage kept in memory in place of one that throws SecurityError, and says so', async () => {
    const { installMemoryStorageIfBlocked, storageIsMemoryOnly } = await load();
    const target = blockedWindow();
    expect(installMemoryStorageIfBlocked(target)).toBe(true);
    expect(storageIsMemoryOnly()).toBe(true);
    const storage = target.localStorage;
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect(storage.getItem('a')).toBe('1');
    expect(storage.length).toBe(2);
    expect(storage.key(1)).toBe('b');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    storage.clear();
    expect(storage.length).toBe(0);
    // Called again (it is harmless): still the same storage.
    expect(installMemoryStorageIfBlocked(target)).toBe(true);
    expect(target.localStorage).toBe(storage);
  });
});
