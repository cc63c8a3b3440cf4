/**
 * Small file-system helpers for staging a deploy.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() || e.isSymbolicLink()) out.push(path);
    }
  };
  await walk('');
  return out.sort();
}
