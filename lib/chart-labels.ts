// A chart's category labels on a narrow screen: Chart.js cuts a long label or tilts it, but draws an array of
// strings as lines. So each label is split into short lines, at spaces where it can be.

/** The label in lines of at most `width` characters; a word longer than a line is broken with a hyphen. */
export function wrapLabel(label: string, width = 18): string[] {
  const pieces = label
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => breakWord(word, width));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && !last.endsWith('-') && last.length + 1 + piece.length <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines.length > 0 ? lines : [label];
}

function breakWord(word: string, width: number): string[] {
  const characters = [...word];
  if (characters.length <= width) return [word];
  const parts: string[] = [];
  for (let start = 0; start < characters.length; start += width - 1) {
    const part = characters.slice(start, start + width - 1).join('');
    parts.push(start + width - 1 < characters.length ? `${part}-` : part);
  }
  return parts;
}
