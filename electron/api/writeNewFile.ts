import fs from 'node:fs';
import path from 'node:path';

/** Writes a file whole or not at all, under a name not yet taken, and returns where it went. */
export function writeNewFile(folder: string, baseName: string, extension: string, content: string | Buffer): string {
  fs.mkdirSync(folder, { recursive: true });
  for (let n = 1; ; n++) {
    const file = path.join(folder, n === 1 ? `${baseName}.${extension}` : `${baseName}-${n}.${extension}`);
    if (fs.existsSync(file)) continue;
    const temporary = `${file}.partial`;
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.renameSync(temporary, file);
    return file;
  }
}
