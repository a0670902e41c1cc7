/**
 * `npm run codegen:check`: regenerates the codegen outputs of codegen.yml into a temporary folder and fails
 * when src/generated/ differs from them (stale, hand-edited, or missing), naming each file and what to run.
 */
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  const config = parse(readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8')) as Types.Config;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'codegen-check-'));
  try {
    const outputs = Object.keys(config.generates);
    const generates = Object.fromEntries(
      Object.entries(config.generates).map(([output, options]) => [path.join(temp, output), options]),
    );
    await generate({ ...config, cwd: ROOT, generates, silent: true, verbose: false }, true);
    const problems: string[] = [];
    for (const output of outputs) {
      // An output ending in / is a preset's folder (the client preset): every file in it, and nothing else.
      const files = output.endsWith('/')
        ? [...new Set([...listFiles(path.join(temp, output)), ...listFiles(path.join(ROOT, output))])].map((file) =>
            path.join(output, file),
          )
        : [output];
      for (const file of files) {
        const committed = path.join(ROOT, file);
        const generated = path.join(temp, file);
        if (!existsSync(committed)) problems.push(`${file} is missing`);
        else if (!existsSync(generated)) problems.push(`${file} is not a codegen output (codegen.yml)`);
        else if (readFileSync(committed, 'utf8') !== readFileSync(generated, 'utf8')) {
          problems.push(`${file} differs from schema/*.graphql and the operations it is generated from`);
        }
      }
    }
    // Everything in the generated folders must come from codegen (client/ also holds the operations).
    const fileOutputs = outputs.filter((output) => !output.endsWith('/'));
    for (const dir of new Set(fileOutputs.map((output) => path.dirname(output)))) {
      if (path.basename(dir) !== 'generated') continue;
      for (const file of readdirSync(path.join(ROOT, dir))) {
        const relative = path.join(dir, file);
        if (!outputs.includes(relative)) problems.push(`${relative} is not a codegen output (codegen.yml)`);
      }
    }
    if (problems.length > 0) {
      for (const problem of problems) process.stderr.write(`codegen:check: ${problem}\n`);
      process.stderr.write('codegen:check: run `npm run codegen` and commit the result\n');
      return 1;
    }
    process.stdout.write(`codegen:check: ${outputs.join(', ')} up to date\n`);
    return 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The files of a folder, none when it does not exist. */
function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`codegen:check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
