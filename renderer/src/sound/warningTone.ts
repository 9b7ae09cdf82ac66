/**
 * The idle warning's sound: two short, soft tones, so a citizen who is not looking at the screen
 * still notices (accessibility.md: timeouts alerted through more than one sense). Browsers only
 * let a page make sound after a touch, so the audio is unlocked at the citizen's first touch.
 */
let audio: AudioContext | null = null;

export function unlockWarningTone(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    // No audio device: the visual warning still shows.
  }
}

export function playWarningTone(): void {
  unlockWarningTone();
  if (!audio) return;
  const start = audio.currentTime;
  [660, 880].forEach((frequency, i) => {
    const tone = audio!.createOscillator();
    const volume = audio!.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start + i * 0.3);
    volume.gain.exponentialRampToValueAtTime(0.25, start + i * 0.3 + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.3 + 0.25);
    tone.connect(volume).connect(audio!.destination);
    tone.start(start + i * 0.3);
    tone.stop(start + i * 0.3 + 0.26);
  });
}
