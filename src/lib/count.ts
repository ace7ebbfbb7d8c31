// A number with its noun, as people write it: "1 run", "2 runs", "1,000 events".

/** `n` in en-US digits: "12,000". */
export const digits = (n: number): string => n.toLocaleString('en-US');

/** `n` in en-US digits with `one` or `many` (default: `one` + "s"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${digits(n)} ${n === 1 ? one : many}`;
}
