// "Find a bot" as the admin left it, for as long as the page is open: "Try again" (AppBoundary)
// renders the studio afresh, and the search went with the list's own state (the list showed every
// bot again, the box empty). Not kept over a reload, which starts on the whole list as before.
let kept = '';

export const listSearch = {
  get text(): string {
    return kept;
  },
  keep(text: string): void {
    kept = text;
  },
};
