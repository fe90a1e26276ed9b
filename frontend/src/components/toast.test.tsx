import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider, useToast, type ToastContent } from './toast';

function Trigger({ toast }: { toast: ToastContent }) {
  const show = useToast();
  return (
    <button type="button" onClick={() => show(toast)}>
      Show
    </button>
  );
}

function renderToast(toast: ToastContent) {
  render(
    <ToastProvider>
      <Trigger toast={toast} />
    </ToastProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
}

describe('toast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces the message and hides it after ten seconds', () => {
    renderToast({ message: 'Moved to trash' });

    expect(screen.getByRole('status')).toHaveTextContent('Moved to trash');
    act(() => vi.advanceTimersByTime(9_999));
    expect(screen.getByRole('status')).toHaveTextContent('Moved to trash');
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('stays while the pointer is over it', () => {
    renderToast({ message: 'Moved to trash' });

    fireEvent.pointerEnter(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(60_000));

    expect(screen.getByRole('status')).toHaveTextContent('Moved to trash');
  });

  it('runs its action once and goes away', () => {
    const onAction = vi.fn();
    renderToast({
      message: 'Moved to trash',
      action: { label: 'Undo', onAction },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));

    expect(onAction).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
