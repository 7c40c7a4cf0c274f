/**
 * The build hook (webpack.config.js) swaps Paste modules for lighter ones by request pattern. A pattern
 * that no longer matches anything fails silently: the weight is back and only the bundle size says so.
 * (It happened once: the theme moved from tokens.common to tokens.es6 and four unused token sets came
 * back.) These tests tie every pattern to a request Paste really makes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

type Redirect = (request: string) => { request: string; context: string };
interface Hook {
  (config: unknown): unknown;
  REDIRECTS: [RegExp, Redirect][];
  REPLACEMENTS: [RegExp, string][];
}

const root = path.join(__dirname, '..', '..');
const hook = require(path.join(root, 'webpack.config.js')) as Hook;
const pasteDir = path.join(root, 'node_modules', '@twilio-paste');

/** Every module request in the ES builds of the installed Paste packages. */
function pasteRequests(): Set<string> {
  const requests = new Set<string>();
  for (const name of fs.readdirSync(pasteDir)) {
    const file = path.join(pasteDir, name, 'dist', 'index.es.js');
    if (!fs.existsSync(file)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
      requests.add(m[1] as string);
    }
  }
  return requests;
}

/** The `@twilio-paste/core/<name>` entries the plugin imports. */
function coreImports(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/from '(@twilio-paste\/core\/[a-z-]+)'/g)) {
          found.add(m[1] as string);
        }
      }
    }
  };
  walk(path.join(root, 'src'));
  return found;
}

describe('webpack.config.js', () => {
  const requests = pasteRequests();

  it.each(hook.REPLACEMENTS.map(([pattern, file]) => [String(pattern), pattern, file] as const))(
    'replacement %s matches a request Paste makes, and its stand-in exists',
    (_name, pattern, file) => {
      expect([...requests].filter((r) => pattern.test(r))).not.toEqual([]);
      expect(fs.existsSync(file)).toBe(true);
    },
  );

  it('redirects each Paste core entry the plugin imports to a package with an ES module build', () => {
    const [pattern, redirect] = hook.REDIRECTS[0] as [RegExp, Redirect];
    const imports = coreImports();
    expect(imports.size).toBeGreaterThan(10);
    for (const request of imports) {
      expect(pattern.test(request)).toBe(true);
      const target = redirect(request);
      expect(target.request).toBe(request.replace('@twilio-paste/core/', '@twilio-paste/'));
      const pkg = JSON.parse(
        fs.readFileSync(require.resolve(`${target.request}/package.json`, { paths: [target.context] }), 'utf8'),
      ) as { module?: string };
      expect(pkg.module).toMatch(/\.es\.js$/);
    }
  });

  it('sends uid-library to the react-uid it re-exports, which has every name it exports', () => {
    const [pattern, redirect] = hook.REDIRECTS[1] as [RegExp, Redirect];
    expect(requests.has('@twilio-paste/uid-library')).toBe(true);
    expect(pattern.test('@twilio-paste/uid-library')).toBe(true);
    const target = redirect('@twilio-paste/uid-library');
    const declared = fs.readFileSync(path.join(pasteDir, 'uid-library', 'dist', 'index.d.ts'), 'utf8');
    const names =
      /export \{([^}]+)\} from 'react-uid'/
        .exec(declared)?.[1]
        ?.split(',')
        .map((n) => n.trim()) ?? [];
    expect(names.length).toBeGreaterThan(0);
    const reactUid = require(require.resolve(target.request, { paths: [target.context] })) as Record<string, unknown>;
    for (const name of names) expect(typeof reactUid[name]).toBe('function');
  });

  it('keeps no function or class names and compiles src/ with the noDocumentAll assumption', () => {
    const terserOptions = { keep_fnames: true, keep_classnames: true };
    const babelRule = { loader: '/x/babel-loader/index.js', include: '/x/src', options: {} as Record<string, unknown> };
    const config = {
      plugins: [] as unknown[],
      module: { rules: [{ oneOf: [{ loader: 'url-loader' }, babelRule] }] as Record<string, unknown>[] },
      optimization: { minimizer: [{ options: { terserOptions } }] },
    };
    hook(config);
    expect(terserOptions).toEqual({ keep_fnames: false, keep_classnames: false });
    expect(babelRule.options['assumptions']).toEqual({ noDocumentAll: true });
    expect(config.plugins).toHaveLength(hook.REDIRECTS.length + hook.REPLACEMENTS.length);
    // Paste's modules go through the prop-types stripper (with the src/ rule's babel-loader), its icons first
    // through the icon loader.
    const [icons, paste] = config.module.rules.slice(1) as [
      { test: RegExp; enforce: string; loader: string },
      { include: string; loader: string; options: { plugins: string[] } },
    ];
    expect(paste.include).toBe(pasteDir);
    expect(paste.loader).toBe(babelRule.loader);
    expect(paste.options.plugins).toEqual([path.join(root, 'build-support', 'strip-prop-types.js')]);
    expect(icons.loader).toBe(path.join(root, 'build-support', 'paste-icon-loader.js'));
    expect(icons.enforce).toBe('pre');
    expect(icons.test.test(path.join(pasteDir, 'icons', 'esm', 'WarningIcon.js'))).toBe(true);
    expect(icons.test.test(path.join(pasteDir, 'icons', 'esm', 'helpers', 'IconWrapper.js'))).toBe(false);
  });
});

describe('build-support/strip-prop-types.js', () => {
  const babel = require('@babel/core') as {
    transformSync: (code: string, options: Record<string, unknown>) => { code: string };
  };
  const strip = (code: string): string =>
    babel.transformSync(code, {
      babelrc: false,
      configFile: false,
      sourceType: 'module',
      plugins: [path.join(root, 'build-support', 'strip-prop-types.js')],
    }).code;

  it("drops propTypes assignments as Paste's builds write them, alone and in sequences", () => {
    const out = strip(
      'import P from "prop-types";const B=f();B.propTypes={a:P.string,b:check};B.displayName="ButtonIcon";' +
        'const C=g();C.displayName="C",C.propTypes={c:P.node},C.defaultProps={x:1};export{B,C};',
    );
    expect(out).not.toContain('propTypes');
    expect(out).not.toContain('check');
    expect(out).toContain('B.displayName = "ButtonIcon"');
    expect(out).toContain('C.displayName = "C"');
    expect(out).toContain('C.defaultProps = {');
  });

  it("leaves an assignment whose value is used, and other objects' propTypes keys alone", () => {
    const out = strip(
      'const x = (A.propTypes = {}); const o = { propTypes: 1 }; o["propTypes"] = 2; f((A.propTypes = 3));',
    );
    expect(out).toContain('const x = A.propTypes = {}');
    expect(out).toContain('propTypes: 1');
    expect(out).toContain('o["propTypes"] = 2');
    expect(out).toContain('f(A.propTypes = 3)');
  });
});

describe('build-support/paste-icon-loader.js', () => {
  const loader = require(path.join(root, 'build-support', 'paste-icon-loader.js')) as {
    rewrite: (source: string) => string | undefined;
  };
  const esm = path.join(pasteDir, 'icons', 'esm');
  const babel = require('@babel/core') as {
    transformSync: (code: string, options: Record<string, unknown>) => { code: string };
  };

  /** Evaluates an ES module's source as CommonJS, with `resolve` supplying its imports. */
  const evaluate = (source: string, resolve: (request: string) => unknown): Record<string, unknown> => {
    const { code } = babel.transformSync(source, {
      babelrc: false,
      configFile: false,
      plugins: ['@babel/plugin-transform-modules-commonjs'],
    });
    const module = { exports: {} as Record<string, unknown> };
    new Function('require', 'module', 'exports', code)(resolve, module, module.exports);
    return module.exports;
  };
  const factory = evaluate(fs.readFileSync(path.join(root, 'build-support', 'paste-icon.js'), 'utf8'), (request) =>
    request === 'react'
      ? React
      : request === '@twilio-paste/uid-library'
        ? require('@twilio-paste/uid-library')
        : require('@twilio-paste/icons/cjs/helpers/IconWrapper'),
  );
  const rewritten = (name: string): React.ComponentType<Record<string, unknown>> => {
    const source = loader.rewrite(fs.readFileSync(path.join(esm, `${name}.js`), 'utf8'));
    if (source === undefined) throw new Error(`${name} does not have the shape the loader rewrites`);
    return evaluate(source, (request) => (request === 'react' ? React : factory))[name] as React.ComponentType<
      Record<string, unknown>
    >;
  };
  const markup = (element: React.ReactElement): string =>
    renderToStaticMarkup(element).replace(/(\w+Icon)-[\w-]+/g, '$1-ID');

  // The icons the plugin imports and those the Paste components it bundles import.
  const bundled = [
    'ArrowDownIcon',
    'ArrowUpIcon',
    'ChevronDownIcon',
    'ChevronRightIcon',
    'ProductAdminSSOIcon',
    'ArrowForwardIcon',
    'ErrorIcon',
    'LinkExternalIcon',
    'NeutralIcon',
    'NewIcon',
    'SuccessIcon',
    'WarningIcon',
  ];

  it.each(bundled)('%s becomes one factory call that renders what Paste renders', (name) => {
    const Paste = (require(`@twilio-paste/icons/cjs/${name}`) as Record<string, React.ComponentType<never>>)[
      name
    ] as React.ComponentType<Record<string, unknown>>;
    const Ours = rewritten(name);
    expect(Ours.displayName).toBe(name);
    for (const props of [
      { decorative: true },
      { decorative: false, title: 'A title' },
      { size: 'sizeIcon10', decorative: true },
    ]) {
      expect(markup(React.createElement(Ours, props))).toBe(markup(React.createElement(Paste, props)));
    }
    expect(() => renderToStaticMarkup(React.createElement(Ours, { decorative: false }))).toThrow(
      `[${name}]: Missing a title for non-decorative icon.`,
    );
  });

  it('imports every icon the plugin imports from src/ in that list', () => {
    const imported = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else
          for (const m of fs.readFileSync(full, 'utf8').matchAll(/@twilio-paste\/icons\/esm\/(\w+)'/g))
            imported.add(m[1] as string);
      }
    };
    walk(path.join(root, 'src'));
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(bundled).toContain(name);
  });

  it('returns a module of another shape as it is', () => {
    expect(loader.rewrite('export const X = 1;')).toBeUndefined();
  });
});
