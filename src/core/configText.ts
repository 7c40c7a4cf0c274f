/**
 * The configuration as text an admin reads and pastes: JSON laid out exactly as
 * `JSON.stringify(value, null, 2)` lays it out, with the path of what each line holds, so a
 * validation error (`required_attributes[2].pattern`) is shown at its line.
 */

export interface ConfigLine {
  readonly text: string;
  /** The path of the key or list entry that starts on this line (`teams[1]`, `runbook_links.F-ROLES`). */
  readonly path?: string;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lines of `JSON.stringify(value, null, 2)`, each with the path it starts. Values JSON drops are dropped. */
export function configLines(value: unknown): ConfigLine[] {
  const lines: ConfigLine[] = [];
  const write = (v: unknown, path: string, indent: string, prefix: string, suffix: string, own?: string): void => {
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((item, i) => [i, item === undefined || typeof item === 'function' ? null : item])
      : isObject(v)
        ? Object.entries(v).filter(([, item]) => item !== undefined && typeof item !== 'function')
        : [];
    const line = (text: string, p?: string): void => {
      lines.push(p === undefined ? { text } : { text, path: p });
    };
    if ((Array.isArray(v) || isObject(v)) && entries.length > 0) {
      const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
      line(`${indent}${prefix}${open}`, own);
      entries.forEach(([key, item], i) => {
        const keyText = typeof key === 'number' ? '' : `${JSON.stringify(key)}: `;
        write(
          item,
          childPath(path, key),
          `${indent}  `,
          keyText,
          i < entries.length - 1 ? ',' : '',
          childPath(path, key),
        );
      });
      line(`${indent}${close}${suffix}`);
      return;
    }
    const text = Array.isArray(v) ? '[]' : isObject(v) ? '{}' : (JSON.stringify(v) ?? 'null');
    line(`${indent}${prefix}${text}${suffix}`, own);
  };
  write(value, '', '', '', '');
  return lines;
}

/**
 * The line (0-based) an error's path is shown at: the line of that path, else of its nearest
 * enclosing path that has one (an unknown key's parent), else the first line.
 */
export function lineOfPath(lines: readonly ConfigLine[], path: string): number {
  let target = path;
  for (;;) {
    const index = lines.findIndex((l) => l.path === target);
    if (index >= 0) return index;
    const cut = Math.max(target.lastIndexOf('.'), target.lastIndexOf('['));
    if (cut <= 0) return 0;
    target = target.slice(0, cut);
  }
}
