import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { enUS } from './locales/en-US';
import { zhCN } from './locales/zh-CN';

// Every translation key the app can ask for, collected from the source with the type checker, must
// exist in both languages (issue 8: the home page showed `todos.links.entities`). A key built at run
// time (`labels.role.${role}`) is expanded over the type of what fills it — a union of string
// literals — looking through casts, so `x as 'a' | 'b'` cannot hide a missing key. A key whose
// parts are plain `string` cannot be checked and is refused unless the call gives a defaultValue.

const webFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Tree = { [key: string]: Tree | string };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookUp(tree: Tree, key: string): Tree | string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

interface KeyUse {
  where: string;
  keys: string[] | null;
  source: string;
  wantsObject: boolean;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/** The string values an expression can have, from its type; null when it is plain `string`. */
function valuesOf(checker: ts.TypeChecker, expression: ts.Expression): string[] | null {
  const inner = unwrap(expression);
  // `values.color as CardColor`: a form value typed string, narrowed by its author. The cast is
  // believed only when the value itself is unknowable; a cast of a whole key never is.
  if (inner !== expression && !ts.isTemplateExpression(inner)) {
    return literalValuesOf(checker, inner) ?? literalValuesOf(checker, expression);
  }
  if (ts.isStringLiteralLike(inner)) return [inner.text];
  if (ts.isTemplateExpression(inner)) {
    let results = [inner.head.text];
    for (const span of inner.templateSpans) {
      const values = valuesOf(checker, span.expression);
      if (!values) return null;
      results = results.flatMap((start) => values.map((value) => `${start}${value}${span.literal.text}`));
    }
    return results;
  }
  if (ts.isConditionalExpression(inner)) {
    const whenTrue = valuesOf(checker, inner.whenTrue);
    const whenFalse = valuesOf(checker, inner.whenFalse);
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : null;
  }
  return literalValuesOf(checker, inner);
}

function literalValuesOf(checker: ts.TypeChecker, expression: ts.Expression): string[] | null {
  const type = checker.getTypeAtLocation(expression);
  const members = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (member.isStringLiteral()) values.push(member.value);
    else if (member.isNumberLiteral()) values.push(String(member.value));
    else return null;
  }
  return values;
}

function hasOption(call: ts.CallExpression, name: string): boolean {
  const options = call.arguments[1];
  return Boolean(
    options &&
      ts.isObjectLiteralExpression(options) &&
      options.properties.some(
        (property) => property.name && ts.isIdentifier(property.name) && property.name.text === name,
      ),
  );
}

function isTranslateCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

function collectKeyUses(): KeyUse[] {
  const configPath = path.join(webFolder, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, webFolder);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const uses: KeyUse[] = [];
  const sourceFolder = path.join(webFolder, 'src') + path.sep;
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(sourceFolder.split(path.sep).join('/')) || file.fileName.includes('.test.'))
      continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
        const argument = node.arguments[0];
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        const keys = valuesOf(checker, argument);
        const hasFallback = hasOption(node, 'defaultValue');
        if (keys || !hasFallback) {
          uses.push({
            where: `${path.relative(webFolder, file.fileName)}:${line + 1}`,
            keys,
            source: argument.getText(file),
            wantsObject: hasOption(node, 'returnObjects'),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

describe('translation keys', () => {
  let uses: KeyUse[];
  beforeAll(() => {
    uses = collectKeyUses();
  }, 60_000);

  it('finds the keys the pages use (the collector itself works)', () => {
    const keys = uses.flatMap((use) => use.keys ?? []);
    expect(keys).toContain('todos.quickLinks');
    expect(keys).toContain('labels.agencyKind.county_bureau');
    expect(keys).toContain('todos.links.entities');
  });

  it('gives zh-CN and en-US the same keys', () => {
    const chinese = leafKeys(zhCN as unknown as Tree).sort();
    const english = leafKeys(enUS as unknown as Tree).sort();
    expect(
      chinese.filter((key) => !english.includes(key)),
      '只有中文的键',
    ).toEqual([]);
    expect(
      english.filter((key) => !chinese.includes(key)),
      '只有英文的键',
    ).toEqual([]);
  });

  it('builds no key from a plain string without a defaultValue', () => {
    const unchecked = uses.filter((use) => use.keys === null).map((use) => `${use.where} t(${use.source})`);
    expect(unchecked).toEqual([]);
  });

  it('defines every key the source uses, in both languages', () => {
    const missing: string[] = [];
    for (const use of uses) {
      for (const key of use.keys ?? []) {
        for (const [language, messages] of [
          ['zh-CN', zhCN],
          ['en-US', enUS],
        ] as const) {
          const node = lookUp(messages as unknown as Tree, key);
          const plural = lookUp(messages as unknown as Tree, `${key}_other`);
          const isDefined =
            typeof node === 'string' || typeof plural === 'string' || (use.wantsObject && node);
          if (!isDefined) missing.push(`${language} ${key} (${use.where})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
