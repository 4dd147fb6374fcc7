/** The element with an id, typed; a missing element is a bug in index.html. */
export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element as E;
}

/** Builds an element with attributes and text or element children (text is never parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Replaces a select's options: `[value, label]` pairs, keeping `value` selected. A list that is already the
 * same is left as it is: the page is drawn again on every change of baseline, and seven lists made anew each time
 * made the browser restyle and lay out the controls around them.
 */
export function setOptions(select: HTMLSelectElement, options: readonly (readonly [string, string])[], value: string): void {
  const present = select.options;
  let same = present.length === options.length;
  for (let k = 0; same && k < options.length; k++) {
    const option = present[k] as HTMLOptionElement;
    const [v, label] = options[k] as readonly [string, string];
    same = option.value === v && option.textContent === label;
  }
  if (!same) select.replaceChildren(...options.map(([v, label]) => el("option", { value: v }, label)));
  if (select.value !== value) select.value = value;
}

/** Sets an element's text, only when it differs (the same text written again still made the browser lay it out again). */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
