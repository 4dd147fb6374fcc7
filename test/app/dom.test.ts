import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setOptions, setText } from "../../src/app/ui/dom.ts";

// The app's DOM helpers build with the page's `document`: a jsdom one here.
const { window } = new JSDOM("<!doctype html><body><select id=s></select><p id=p>old</p></body>");
const globals = globalThis as { document?: Document | undefined };
const before = globals.document;
beforeAll(() => void (globals.document = window.document));
afterAll(() => void (globals.document = before));

describe("setOptions", () => {
  it("leaves a list that is already the same as it is (the same elements), and only selects the value", () => {
    const select = window.document.getElementById("s") as HTMLSelectElement;
    setOptions(select, [["", "(none)"], ["a", "Dato"], ["b", "Tæller"]], "a");
    const first = Array.from(select.options);
    expect(select.value).toBe("a");
    setOptions(select, [["", "(none)"], ["a", "Dato"], ["b", "Tæller"]], "b");
    expect(Array.from(select.options)).toEqual(first);
    expect(first.every((option, k) => option === select.options[k])).toBe(true);
    expect(select.value).toBe("b");
  });

  it("makes the list again when a value, a label or the number of options differs", () => {
    const select = window.document.getElementById("s") as HTMLSelectElement;
    setOptions(select, [["", "(none)"], ["a", "Dato"]], "a");
    const kept = select.options[1];
    setOptions(select, [["", "(none)"], ["a", "Dato "]], "a");
    expect(select.options[1]).not.toBe(kept);
    expect(select.options[1]!.textContent).toBe("Dato ");
    setOptions(select, [["", "(ingen)"], ["a", "Dato "]], "");
    expect(select.options[0]!.textContent).toBe("(ingen)");
    expect(select.value).toBe("");
    setOptions(select, [["", "(ingen)"], ["a", "Dato "], ["c", "Nævner"]], "c");
    expect(Array.from(select.options, (o) => o.value)).toEqual(["", "a", "c"]);
    expect(select.value).toBe("c");
  });
});

describe("setText", () => {
  it("writes a text only when it differs, keeping the text node otherwise", () => {
    const p = window.document.getElementById("p")!;
    const node = p.firstChild;
    setText(p, "old");
    expect(p.firstChild).toBe(node);
    setText(p, "new");
    expect(p.textContent).toBe("new");
    expect(p.firstChild).not.toBe(node);
  });
});
