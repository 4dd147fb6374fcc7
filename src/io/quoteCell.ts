/** A cell's text cut for a message: at most 40 characters, quoted. @internal */
export function quoteCell(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}
