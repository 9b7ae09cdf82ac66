import { createKioskServices } from '../../electron/services/kioskServices';
import { resourcesDir } from '../helpers/kioskFixture';
for (const dir of process.argv.slice(2)) {
  try {
    const s = createKioskServices({ dataDir: dir, resourcesDir, env: {} });
    console.log(dir, 'started; notices:', JSON.stringify((s as any).startNotices ?? (s as any).notices ?? Object.keys(s)));
    s.close();
  } catch (e) {
    console.log(dir, 'failed:', (e as Error).name, (e as any).code, (e as Error).message);
  }
}
