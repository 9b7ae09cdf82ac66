import type { KioskServices } from '../services/kioskServices';
import type { Handlers } from './dispatch';

type ConfigChannel = Extract<keyof Handlers, `config.${string}`>;

/**
 * The configuration screen, for administrators only. A save is audited by the services (the names
 * of the changed fields) and takes effect when the kiosk restarts.
 */
export function createConfigHandlers(services: KioskServices): Pick<Handlers, ConfigChannel> {
  const { staffSession, configEditor } = services;
  return {
    'config.get': () => {
      staffSession.require('admin');
      return configEditor.describe();
    },
    'config.save': ({ config }) => configEditor.save(staffSession.require('admin').id, config),
  };
}
