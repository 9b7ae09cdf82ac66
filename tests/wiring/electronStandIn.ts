import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/**
 * A recording stand-in for the 'electron' module. The Electron binary cannot run on the build
 * machines, so wiring tests load the main-process modules against this instead
 * (vi.mock('electron', () => import('./electronStandIn'))) and assert what was asked of Electron.
 * It records; it behaves only as far as the wiring needs (events, ready, invoke) and refuses the
 * same misuses Electron refuses (privileged schemes after ready, protocols before ready, a second
 * handler for one IPC channel).
 */

// Listeners of every shape Electron uses; the stand-in does not re-type Electron's overloads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

export class RecordingEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const current = [...(this.listeners.get(event) ?? [])];
    for (const listener of current) listener(...args);
    return current.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event: the details object itself, with preventDefault. */
export function fakeEvent<T extends object>(
  details: T = {} as T,
): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Every call the wiring made, in order, e.g. 'protocol.registerSchemesAsPrivileged', 'app.ready'. */
export const calls: string[] = [];

let nextWebContentsId = 1;

/** webContents.debugger: records DevTools protocol commands (method, params, session) in order. */
export class FakeDebugger extends RecordingEmitter {
  attached = false;
  readonly commands: { method: string; params?: object; sessionId?: string }[] = [];
  attach(): void {
    if (this.attached) throw new Error('Another debugger is already attached to this target');
    this.attached = true;
  }
  isAttached(): boolean {
    return this.attached;
  }
  sendCommand(method: string, params?: object, sessionId?: string): Promise<unknown> {
    if (!this.attached) return Promise.reject(new Error('debugger is not attached'));
    this.commands.push({ method, params, sessionId });
    return Promise.resolve({});
  }
}

export class FakeWebContents extends RecordingEmitter {
  readonly id = nextWebContentsId++;
  closed = false;
  readonly debugger = new FakeDebugger();

  // The default session is created further down this module, so it is looked up lazily.
  constructor(private readonly ownSession?: FakeSession) {
    super();
  }
  get session(): FakeSession {
    return this.ownSession ?? session.defaultSession;
  }
  getURL(): string {
    return this.loadedUrls.at(-1) ?? '';
  }
  close(): void {
    this.closed = true;
  }
  readonly loadedUrls: string[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  forcedCrashes = 0;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  forcefullyCrashRenderer(): void {
    this.forcedCrashes += 1;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** printToPDF and print requests, with the page loaded at the time; the answers are set by tests. */
  readonly pdfRequests: { options: Record<string, unknown>; url: string }[] = [];
  pdfAnswer: Buffer | Error = Buffer.from('%PDF-stand-in');
  readonly printRequests: { options: Record<string, unknown>; url: string }[] = [];
  printAnswer = { success: true, failureReason: '' };

  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.pdfRequests.push({ options, url: this.getURL() });
    return this.pdfAnswer instanceof Error ? Promise.reject(this.pdfAnswer) : Promise.resolve(this.pdfAnswer);
  }

  // As in Electron, the callback comes later, once the job is spooled or has failed.
  print(options: Record<string, unknown>, callback?: (success: boolean, failureReason: string) => void): void {
    this.printRequests.push({ options, url: this.getURL() });
    const { success, failureReason } = this.printAnswer;
    setTimeout(() => callback?.(success, failureReason), 0);
  }
}

class FakeApp extends RecordingEmitter {
  isPackaged = false;
  /** Set by each test before main.ts is imported. */
  appPath = process.cwd();
  paths: Record<string, string> = {};
  holdsSingleInstanceLock = true;
  quitCalls = 0;
  sandboxEnabled = false;
  ready = false;
  private resolveReady: () => void = () => {};
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  requestSingleInstanceLock(): boolean {
    calls.push('app.requestSingleInstanceLock');
    return this.holdsSingleInstanceLock;
  }
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before ready');
    calls.push('app.enableSandbox');
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Test control: Electron becomes ready; resolves once main's ready work has run. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    calls.push('app.ready');
    this.resolveReady();
    this.emit('ready', fakeEvent());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  getPath(name: string): string {
    // Where ~/.config would be; made on first use so no test writes into the real one.
    if (name === 'appData' && !this.paths.appData) {
      this.paths.appData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-appdata-'));
    }
    const value = this.paths[name];
    if (!value) throw new Error(`stand-in app.getPath: no path for ${name}`);
    return value;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.0.0-stand-in';
  }
  quit(): void {
    calls.push('app.quit');
    this.quitCalls += 1;
    // As in Electron: before-quit first, then the windows close.
    this.emit('before-quit', fakeEvent());
  }
  relaunch(): void {
    calls.push('app.relaunch');
  }
  exitCode: number | null = null;
  exit(code = 0): void {
    calls.push('app.exit');
    this.exitCode = code;
  }
  loginItem: Record<string, unknown> | null = null;
  setLoginItemSettings(settings: Record<string, unknown>): void {
    calls.push('app.setLoginItemSettings');
    this.loginItem = settings;
  }
}

export const app = new FakeApp();

export type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before ready');
    calls.push('protocol.registerSchemesAsPrivileged');
    protocol.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.ready) throw new Error('protocol.handle must be called after ready');
    calls.push('protocol.handle');
    protocol.handlers.set(scheme, handler);
  },
};

export class FakeSession extends RecordingEmitter {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  storageCleared = 0;
  cacheCleared = 0;

  constructor(readonly partition: string) {
    super();
  }
  setPermissionRequestHandler(handler: Listener | null): void {
    calls.push('session.setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    calls.push('session.setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    calls.push('session.setDevicePermissionHandler');
    this.devicePermissionHandler = handler;
  }
  clearStorageData(): Promise<void> {
    this.storageCleared += 1;
    return Promise.resolve();
  }
  clearCache(): Promise<void> {
    this.cacheCleared += 1;
    return Promise.resolve();
  }
  authCacheCleared = 0;
  hostCacheCleared = 0;
  clearAuthCache(): Promise<void> {
    this.authCacheCleared += 1;
    return Promise.resolve();
  }
  clearHostResolverCache(): Promise<void> {
    this.hostCacheCleared += 1;
    return Promise.resolve();
  }
}

/** The clipboard, holding text so a test can see it emptied; `selection` is Linux's second one. */
class FakeClipboard {
  text = '';
  writeText(text: string): void {
    this.text = text;
  }
  readText(): string {
    return this.text;
  }
  clear(): void {
    calls.push('clipboard.clear');
    this.text = '';
  }
}
export const clipboard = Object.assign(new FakeClipboard(), { selection: new FakeClipboard() });

export const session = {
  defaultSession: new FakeSession(''),
  /** Every partition asked for, in order; as in Electron, one name gives one session. */
  partitions: new Map<string, FakeSession>(),
  fromPartition(partition: string): FakeSession {
    const existing = session.partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession(partition);
    session.partitions.set(partition, created);
    return created;
  },
};

/** A view laid over a window's page, with web contents of its own (the embedded official site). */
export class WebContentsView {
  static readonly created: WebContentsView[] = [];
  readonly webContents: FakeWebContents;
  bounds: { x: number; y: number; width: number; height: number } | null = null;
  visible = true;

  constructor(readonly options: { webPreferences?: { session?: FakeSession } & Record<string, unknown> } = {}) {
    this.webContents = new FakeWebContents(options.webPreferences?.session ?? session.defaultSession);
    WebContentsView.created.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = bounds;
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
  }
}

export const Menu = {
  applicationMenus: [] as unknown[],
  setApplicationMenu(menu: unknown): void {
    calls.push('Menu.setApplicationMenu');
    Menu.applicationMenus.push(menu);
  },
};

export type IpcListener = (event: { senderFrame: unknown }, input: unknown) => unknown;

export const ipcMain = {
  handlers: new Map<string, IpcListener>(),
  handle(channel: string, listener: IpcListener): void {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  },
  /** Test control: a call as if from a renderer frame. */
  async invoke(channel: string, senderFrame: unknown, input: unknown): Promise<unknown> {
    const listener = ipcMain.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame }, input);
  },
};

export class BrowserWindow extends RecordingEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly contentView = {
    children: [] as WebContentsView[],
    addChildView(view: WebContentsView): void {
      this.children.push(view);
    },
    removeChildView(view: WebContentsView): void {
      this.children = this.children.filter((v) => v !== view);
    },
  };
  shown = 0;
  focused = 0;
  minimized = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    calls.push('new BrowserWindow');
    BrowserWindow.created.push(this);
    // As in Electron: a window's web contents are announced to the app.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.shown += 1;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  destroyed = false;
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export const contextBridge = {
  exposed: [] as { key: string; api: unknown }[],
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.push({ key, api });
  },
};

export const ipcRenderer = {
  invocations: [] as { channel: string; input: unknown }[],
  /** What the next invoke resolves to; an Error makes it reject, as when no handler is registered. */
  reply: { ok: true, value: {} } as unknown,
  invoke(channel: string, input: unknown): Promise<unknown> {
    ipcRenderer.invocations.push({ channel, input });
    return ipcRenderer.reply instanceof Error ? Promise.reject(ipcRenderer.reply) : Promise.resolve(ipcRenderer.reply);
  },
};

type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
const STAND_IN_SEAL = Buffer.from('stand-in-safeStorage:');
const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));

/**
 * OS-protected strings. The stand-in's "encryption" is reversible and not secret, but its output
 * is not the plain text, so a test can tell protected bytes from plain ones. As in Electron,
 * encrypting without encryption available throws, and bytes it did not make do not decrypt.
 */
export const safeStorage = {
  /** Test control: false as on Linux without a secret store, or before ready. */
  encryptionAvailable: true,
  /** Test control: what getSelectedStorageBackend reports (Linux only in Electron). */
  backend: 'gnome_libsecret' as StorageBackend,
  isEncryptionAvailable(): boolean {
    return safeStorage.encryptionAvailable;
  },
  getSelectedStorageBackend(): StorageBackend {
    return safeStorage.backend;
  },
  encryptString(plainText: string): Buffer {
    if (!safeStorage.encryptionAvailable) throw new Error('Encryption is not available.');
    return Buffer.concat([STAND_IN_SEAL, scramble(Buffer.from(plainText, 'utf8'))]);
  },
  decryptString(encrypted: Buffer): string {
    if (!safeStorage.encryptionAvailable) throw new Error('Decryption is not available.');
    if (!encrypted.subarray(0, STAND_IN_SEAL.length).equals(STAND_IN_SEAL)) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
    return scramble(encrypted.subarray(STAND_IN_SEAL.length)).toString('utf8');
  },
};

/** Keeps the display awake: records which blockers are running. */
export const powerSaveBlocker = {
  running: new Map<number, string>(),
  nextId: 1,
  start(type: string): number {
    calls.push(`powerSaveBlocker.start:${type}`);
    const id = powerSaveBlocker.nextId++;
    powerSaveBlocker.running.set(id, type);
    return id;
  },
  stop(id: number): void {
    calls.push('powerSaveBlocker.stop');
    powerSaveBlocker.running.delete(id);
  },
  isStarted(id: number): boolean {
    return powerSaveBlocker.running.has(id);
  },
};
