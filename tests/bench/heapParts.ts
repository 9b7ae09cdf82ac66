import type { CDPSession } from '@playwright/test';

/**
 * The page's JS heap in two parts, from a V8 heap snapshot (taken after a full collection):
 * `code` is what V8 keeps to run the page's functions (bytecode, the machine code its optimising
 * compilers make as functions get hot, and their metadata); `objects` is everything else on the
 * heap, what the page's scripts keep. Compiled code grows for hundreds of sessions as more of
 * the kiosk gets hot and then stops; a leak shows in `objects`. Bytes.
 */
export interface HeapParts {
  code: number;
  objects: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export async function heapParts(cdp: CDPSession): Promise<HeapParts> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return partsOf(JSON.parse(chunks.join('')) as Snapshot);
}

function partsOf({ snapshot, nodes }: Snapshot): HeapParts {
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const parts = { code: 0, objects: 0 };
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = types[nodes[at + typeAt]!];
    const size = nodes[at + sizeAt]!;
    // 'native' nodes are the browser's own objects (DOM, style, DevTools' buffers), not JS heap.
    if (type === 'code') parts.code += size;
    else if (type !== 'native' && type !== 'synthetic') parts.objects += size;
  }
  return parts;
}
