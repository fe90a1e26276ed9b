import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { SignInPage } from './sign-in-page';

describe('sign-in page', () => {
  it('shows the app name and a Sign in button', () => {
    renderWithProviders(<SignInPage />, { user: null });

    expect(screen.getByRole('heading', { name: 'Photos' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('starts the sign-in redirect when the button is pressed', async () => {
    const auth = renderWithProviders(<SignInPage />, { user: null });

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(auth.signIn).toHaveBeenCalledOnce();
  });

  it('shows why the last sign-in failed', () => {
    renderWithProviders(<SignInPage />, {
      user: null,
      error: 'Sign-in did not complete. Please try again.',
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Sign-in did not complete.',
    );
  });
});
