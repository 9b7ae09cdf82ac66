/**
 * What the page itself refuses, in Electron and the browser preview alike: a long press or right
 * click opens no menu, and a file dragged onto the kiosk is never opened. Electron refuses the
 * same again in the main process (lockdown.ts); this is the half a browser can do.
 */
export function lockDownPage(target: Window = window): void {
  target.addEventListener('contextmenu', (event) => event.preventDefault());
  const refuseFiles = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'none';
  };
  target.addEventListener('dragover', refuseFiles);
  target.addEventListener('drop', refuseFiles);
}
