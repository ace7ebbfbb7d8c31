// Hands the browser a text as a file to save (an export, a copy set aside because it could not be read).

/** Starts the download of `text` as `fileName` (JSON). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the address after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made of `name`: letters, digits, "-" and "_" only, lower case; `fallback` when nothing is left. */
export const fileNameOf = (name: string, fallback: string): string => name.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || fallback;
