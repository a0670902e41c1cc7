import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

/**
 * Seeds folders written to a temporary directory for the ingest's unit tests (path → text), each removed by
 * `removeAll` (call it in afterAll).
 */
export class SeedsFolders {
  private readonly folders: string[] = [];

  write(files: Record<string, string>, prefix = 'seeds-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.folders.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  removeAll(): void {
    for (const dir of this.folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
