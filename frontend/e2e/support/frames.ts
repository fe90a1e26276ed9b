import type { Page } from '@playwright/test';

/** Frame and long-task timings gathered in the page while recording. */
export interface FrameReport {
  frames: number;
  longestFrameMs: number;
  p95FrameMs: number;
  longTasks: number;
  longTaskTotalMs: number;
}

interface Recorder {
  recording: boolean;
  last: number;
  gaps: number[];
  longTasks: number[];
}

type WithRecorder = { __frameRecorder?: Recorder };

/**
 * Installs, before any page script runs, a requestAnimationFrame loop that
 * notes the time between frames and a PerformanceObserver for long tasks
 * (main-thread work over 50 ms). Nothing is kept until `startRecording`.
 */
export async function installFrameRecorder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder: Recorder = {
      recording: false,
      last: 0,
      gaps: [],
      longTasks: [],
    };
    (window as WithRecorder).__frameRecorder = recorder;
    const tick = (time: number) => {
      if (recorder.recording && recorder.last > 0) {
        recorder.gaps.push(time - recorder.last);
      }
      recorder.last = time;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      if (recorder.recording) {
        list.getEntries().forEach((entry) => {
          recorder.longTasks.push(entry.duration);
        });
      }
    }).observe({ type: 'longtask' });
  });
}

export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recorder = (window as WithRecorder).__frameRecorder;
    if (recorder) {
      Object.assign(recorder, { recording: true, gaps: [], longTasks: [] });
    }
  });
}

export async function stopRecording(page: Page): Promise<FrameReport> {
  const { gaps, longTasks } = await page.evaluate(() => {
    const recorder = (window as WithRecorder).__frameRecorder;
    if (!recorder) {
      return { gaps: [], longTasks: [] };
    }
    recorder.recording = false;
    return { gaps: recorder.gaps, longTasks: recorder.longTasks };
  });
  const sorted = [...gaps].sort((a, b) => a - b);
  const p95 =
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  return {
    frames: gaps.length,
    longestFrameMs: round(sorted.at(-1) ?? 0),
    p95FrameMs: round(p95 ?? 0),
    longTasks: longTasks.length,
    longTaskTotalMs: round(longTasks.reduce((sum, ms) => sum + ms, 0)),
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
