import type { z } from 'zod';
import { KioskError } from '../services/kioskError';
import { log } from '../services/log';
import { channelNames, type ChannelName } from './channels';
import { contract, type ChannelInput, type ChannelOutput } from './contract';
import type { KioskResult } from './result';
import { storageFailure } from './storageFailure';

export type Handlers = {
  [C in ChannelName]: (input: z.output<(typeof contract)[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

function isChannel(name: string): name is ChannelName {
  return (channelNames as readonly string[]).includes(name);
}

/**
 * Runs one call through the table: channel -> input schema -> handler -> output schema. Every
 * transport goes through here, so every call is checked the same way. Nothing is thrown back.
 */
export async function dispatch(handlers: Handlers, channel: string, input: unknown): Promise<KioskResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown_channel', messageKey: 'errors.unknownChannel' } };
  }
  const { input: inputSchema, output: outputSchema } = contract[channel];
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        messageKey: 'errors.invalidInput',
        params: { fields: parsed.error.issues.map((i) => i.path.join('.') || '(input)').join(', ') },
      },
    };
  }
  try {
    const handler = handlers[channel] as (value: unknown) => unknown;
    // Most handlers answer at once; a few (a receipt's PDF) take a moment and return a promise.
    const value = outputSchema.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof KioskError) {
      return { ok: false, error: { code: error.code, messageKey: error.messageKey, params: error.params } };
    }
    const storage = storageFailure(error);
    if (storage) {
      // The transaction rolled back: nothing half-written. Staff are told on screen; IT reads this.
      log.error('storage.failed', { channel, sqlite: (error as { code: string }).code });
      return { ok: false, error: storage };
    }
    log.error('api.failed', { channel, error: error instanceof Error ? error.name : 'unknown' });
    return { ok: false, error: { code: 'internal', messageKey: 'errors.internal' } };
  }
}

export type { ChannelInput };
