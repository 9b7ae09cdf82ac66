import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import DrawingPad, { type PointGroup } from 'signature_pad';
import './signature.css';

type Size = { width: number; height: number };
type Bounds = { left: number; top: number; right: number; bottom: number };

// Stroke widths in CSS pixels: a fingertip on a large screen needs a bolder line than the library's default.
const PEN = { minWidth: 1, maxWidth: 3.5 };
// The declaration is printed: black ink on white whatever the theme on screen. White rather than transparent,
// so the image also stays readable if it is shown on the high-contrast theme's black background.
const PAPER_INK = '#000000';
const PAPER = '#ffffff';
// Twice the on-screen resolution, so the printed signature is not blurry.
const PRINT_SCALE = 2;
// White space kept around the ink when the image is trimmed, in CSS pixels (wider than the widest stroke).
const PRINT_MARGIN = 8;

/** The same strokes in another colour (signature_pad keeps a colour per stroke). */
function inColour(strokes: PointGroup[], penColor: string): PointGroup[] {
  return strokes.map((stroke) => ({ ...stroke, penColor }));
}

/** Where the ink is, within the canvas: a finger may wander off the edge mid-stroke, and that part was never seen. */
function inkBounds(strokes: PointGroup[], { width, height }: Size): Bounds | null {
  const points = strokes.flatMap((stroke) => stroke.points);
  if (points.length === 0) return null;
  const clampX = (x: number) => Math.min(Math.max(x, 0), width);
  const clampY = (y: number) => Math.min(Math.max(y, 0), height);
  return points.reduce(
    (bounds, { x, y }) => ({
      left: Math.min(bounds.left, clampX(x)),
      top: Math.min(bounds.top, clampY(y)),
      right: Math.max(bounds.right, clampX(x)),
      bottom: Math.max(bounds.bottom, clampY(y)),
    }),
    { left: width, top: height, right: 0, bottom: 0 },
  );
}

/** When the canvas shrinks, scales the strokes down just enough that no ink falls off the new edge. */
function shrinkToFit(strokes: PointGroup[], before: Size, after: Size): PointGroup[] {
  const ink = inkBounds(strokes, before);
  if (!ink) return strokes;
  const scale = Math.min(1, after.width / Math.max(ink.right, 1), after.height / Math.max(ink.bottom, 1));
  if (scale >= 1) return strokes;
  return strokes.map((stroke) => ({
    ...stroke,
    points: stroke.points.map((point) => ({ ...point, x: point.x * scale, y: point.y * scale })),
  }));
}

/**
 * The signature as a PNG for paper: the strokes drawn again by signature_pad on a canvas of its own, in black on
 * white and trimmed to the ink. Re-rendering the points, rather than toDataURL() on the screen canvas, keeps the
 * theme's colours out of the image and never repaints what the citizen is looking at.
 */
function toPaperPng(strokes: PointGroup[], size: Size): string | null {
  const ink = inkBounds(strokes, size);
  if (!ink) return null;
  const paper = document.createElement('canvas');
  paper.width = Math.ceil((ink.right - ink.left + 2 * PRINT_MARGIN) * PRINT_SCALE);
  paper.height = Math.ceil((ink.bottom - ink.top + 2 * PRINT_MARGIN) * PRINT_SCALE);
  // The constructor fills the whole canvas white; the strokes are then added without clearing it again.
  const printer = new DrawingPad(paper, { ...PEN, penColor: PAPER_INK, backgroundColor: PAPER });
  printer.off();
  const shiftX = (PRINT_MARGIN - ink.left) * PRINT_SCALE;
  const shiftY = (PRINT_MARGIN - ink.top) * PRINT_SCALE;
  paper.getContext('2d')!.setTransform(PRINT_SCALE, 0, 0, PRINT_SCALE, shiftX, shiftY);
  printer.fromData(inColour(strokes, PAPER_INK), { clear: false });
  return printer.toDataURL('image/png');
}

type Props = { label: string; clearLabel: string; emptyHint: string; onChange(pngDataUrl: string | null): void };

/**
 * A signature drawn with a finger, pen or mouse. It cannot be drawn from the keyboard, which is why the exemption
 * page also offers signing on paper. The strokes live only in this component (unmounting forgets them); the
 * PNG handed to onChange is the parent's to keep or drop.
 */
export function SignaturePad({ label, clearLabel, emptyHint, onChange }: Props) {
  const hintId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<DrawingPad>(null);
  const [signed, setSigned] = useState(false);
  const reportChange = useEffectEvent((png: string | null) => onChange(png));

  useEffect(() => {
    const canvas = canvasRef.current!;
    const pad = new DrawingPad(canvas, PEN);
    padRef.current = pad;
    let size: Size = { width: 0, height: 0 };

    // Sizes the canvas for the screen's pixel density and draws the strokes again in the theme's ink (the
    // canvas's CSS colour, var(--text)); its CSS background shows through, so the pad itself paints no background.
    const fit = () => {
      const next = { width: canvas.clientWidth, height: canvas.clientHeight };
      if (!next.width || !next.height) return; // hidden: keep the drawing as it is rather than squash it to nothing
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const strokes = size.width ? shrinkToFit(pad.toData(), size, next) : pad.toData();
      size = next;
      canvas.width = Math.round(next.width * ratio);
      canvas.height = Math.round(next.height * ratio);
      canvas.getContext('2d')!.scale(ratio, ratio);
      pad.penColor = getComputedStyle(canvas).color;
      pad.fromData(inColour(strokes, pad.penColor));
    };

    const onStrokeEnd = () => {
      const png = toPaperPng(pad.toData(), size);
      setSigned(png !== null);
      reportChange(png);
    };
    pad.addEventListener('endStroke', onStrokeEnd);

    // Window size, text size and zoom all change the canvas's size; the theme only its colours.
    const resizeObserver = new ResizeObserver(fit);
    resizeObserver.observe(canvas);
    const themeObserver = new MutationObserver(fit);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

    return () => {
      resizeObserver.disconnect();
      themeObserver.disconnect();
      pad.removeEventListener('endStroke', onStrokeEnd);
      pad.off();
      pad.clear();
      padRef.current = null;
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    setSigned(false);
    onChange(null);
  };

  return (
    <div className="signature-pad" data-signed={signed ? 'true' : 'false'}>
      <div className="signature-pad__surface">
        {/* The rule counts every canvas as interactive. To assistive technology this one is a picture: the
            signature cannot be drawn without a pointer, and the hint names the paper alternative. */}
        <canvas
          ref={canvasRef}
          className="signature-pad__canvas"
          // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
          role="img"
          aria-label={label}
          aria-describedby={hintId}
        />
      </div>
      <p id={hintId} className="hint">
        {emptyHint}
      </p>
      <button type="button" className="button" onClick={clear}>
        {clearLabel}
      </button>
    </div>
  );
}
