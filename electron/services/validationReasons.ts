import type { z } from 'zod';
import type { NoticeParams } from './staffNotices';

/**
 * Why a value in a file staff maintain (config.json, a flow file) is wrong, as a translation key
 * under configReasons. Our own rules put their key in the issue's message.
 */
export function reasonFor(issue: z.core.$ZodIssue): { messageKey: string; params: NoticeParams } {
  // Our own rules name their explanation as the issue's message.
  if (issue.message.startsWith('configReasons.')) return { messageKey: issue.message, params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return {
        messageKey: `configReasons.expected.${issue.expected in EXPECTED ? issue.expected : 'other'}`,
        params: {},
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { messageKey: 'configReasons.tooFew', params: { count: Number(issue.minimum) } }
        : issue.origin === 'string'
          ? { messageKey: 'configReasons.empty', params: {} }
          : { messageKey: 'configReasons.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { messageKey: 'configReasons.tooLong', params: { maximum: Number(issue.maximum) } }
        : { messageKey: 'configReasons.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_value':
      return { messageKey: 'configReasons.oneOf', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { messageKey: 'configReasons.unknownSetting', params: { keys: issue.keys.join(', ') } };
    default:
      return { messageKey: 'configReasons.invalid', params: {} };
  }
}
const EXPECTED = { string: 1, number: 1, boolean: 1, array: 1, object: 1 };
