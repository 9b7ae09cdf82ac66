import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/**
 * Sizes from Vite's manifest: the JavaScript the page loads before anything else (the entry and
 * everything it imports statically), and the largest single language chunk.
 */
export function bundleSizes(rendererDir: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join(rendererDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  const initialJsKbGz = [...initial].reduce((sum, file) => sum + gzipKb(path.join(rendererDir, file)), 0);
  const locales = Object.values(manifest).filter((chunk) => /locales\/[a-z]{2}\/[\w-]+\.json$/.test(chunk.src ?? ''));
  if (locales.length === 0) throw new Error('no language chunks in the manifest');
  const localeKbGzMax = Math.max(...locales.map((chunk) => gzipKb(path.join(rendererDir, chunk.file))));
  return { initialJsKbGz, localeKbGzMax, localeChunks: locales.length };
}
