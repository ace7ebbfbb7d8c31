// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { failedModuleUrl, failedStylesheetUrl, isLoadFailure, retryableImport } from './retryable-import';

const chunk = 'http://localhost/assets/simulator-abc123.js';
const fetchFailed = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);
const cssFailed = (url: string) => new Error(`Unable to preload CSS for ${url}`);

it('reads the failed chunk and stylesheet from the browsers’ and Vite’s words', () => {
  expect(failedModuleUrl(fetchFailed(chunk))).toBe(chunk);
  expect(failedModuleUrl(fetchFailed(`${chunk}?retry=3`))).toBe(chunk);
  expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${chunk}`))).toBe(chunk); // Firefox
  expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull(); // Safari names none
  expect(failedStylesheetUrl(cssFailed('http://localhost/assets/simulator-x.css'))).toBe('http://localhost/assets/simulator-x.css');
  expect(isLoadFailure(fetchFailed(chunk))).toBe(true);
  expect(isLoadFailure(cssFailed('http://localhost/a.css'))).toBe(true);
  expect(isLoadFailure(new TypeError('Cannot read properties of undefined'))).toBe(false);
});

it('asks for a chunk that failed again under a new URL (the browser keeps the failed one), and keeps the module once it came', async () => {
  const module = { SimulatorPanel: 'panel' };
  const importer = vi.fn<() => Promise<typeof module>>().mockRejectedValue(fetchFailed(chunk));
  const fetchUrl = vi.fn<(url: string) => Promise<unknown>>().mockRejectedValueOnce(fetchFailed(`${chunk}?retry=2`)).mockResolvedValue(module);
  const loader = retryableImport(importer, fetchUrl);

  await expect(loader.load()).rejects.toThrow('Failed to fetch');
  await expect(loader.load()).rejects.toThrow('Failed to fetch');
  expect(fetchUrl).toHaveBeenLastCalledWith(`${chunk}?retry=2`);
  await expect(loader.load()).resolves.toBe(module);
  expect(fetchUrl).toHaveBeenLastCalledWith(`${chunk}?retry=3`);
  expect(importer).toHaveBeenCalledTimes(1);
  await expect(loader.load()).resolves.toBe(module);
  expect(fetchUrl).toHaveBeenCalledTimes(2);
});

it('asks again for a stylesheet that failed first, then for the chunk, whose preload failed with it', async () => {
  const href = 'http://localhost/assets/simulator-x.css';
  const old = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(old);
  const module = { ok: true };
  const importer = vi
    .fn<() => Promise<typeof module>>()
    .mockRejectedValueOnce(cssFailed(href)) // offline: Vite's preload helper gave up on the stylesheet
    .mockRejectedValueOnce(fetchFailed(chunk)); // online again: the chunk's failed modulepreload is kept
  const fetchUrl = vi.fn<(url: string) => Promise<unknown>>().mockResolvedValue(module);
  const loader = retryableImport(importer, fetchUrl);
  await expect(loader.load()).rejects.toThrow('Unable to preload CSS');

  const loading = loader.load();
  const fresh = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
  expect(fresh).not.toBe(old);
  expect(fresh.href).toBe(href);
  expect(old.isConnected).toBe(false);
  expect(importer).toHaveBeenCalledTimes(1); // waits for the stylesheet
  fresh.dispatchEvent(new Event('load'));
  await expect(loading).resolves.toBe(module);
  expect(importer).toHaveBeenCalledTimes(2);
  expect(fetchUrl).toHaveBeenCalledWith(`${chunk}?retry=2`);
  fresh.remove();
});
