/**
 * A short, quiet two-tone chime: no audio file to fetch.
 *
 * @example
 * chime();
 */
export function chime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.value = 0.05;
    gain.connect(audio.destination);
    for (const [i, frequency] of [660, 880].entries()) {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + i * 0.12);
      tone.stop(audio.currentTime + i * 0.12 + 0.1);
    }
  } catch {
    // No audio (autoplay policy, old browser): the badge and the title still say it.
  }
}
