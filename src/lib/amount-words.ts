// Sale amounts in words, the same in the editor's chips, the engine's skip sentences and the
// simulator's inspector. The account has no currency, and the help article's example is in dollars
// (docs/decisions.md).

const wholeMoney = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const centsMoney = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/**
 * "$10,000", "$10,000.50" (cents shown whole, not "$10,000.5"), "-$5" (the sign before the dollar,
 * not "$-5"). NaN: a box holding text that is not a number (the editor shows the error beside it).
 */
export const formatAmount = (n: number): string => {
  if (Number.isNaN(n)) return 'an amount that is not a number';
  const abs = Math.abs(n);
  return `${n < 0 ? '-' : ''}$${(Number.isInteger(abs) ? wholeMoney : centsMoney).format(abs)}`;
};
