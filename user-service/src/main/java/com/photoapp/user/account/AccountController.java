package com.photoapp.user.account;

import com.photoapp.security.OwnerIds;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deletion of the caller's own account. */
@RestController
class AccountController {

	private final AccountDeletion deletion;

	AccountController(AccountDeletion deletion) {
		this.deletion = deletion;
	}

	/**
	 * Deletes the account and, through {@code UserDeleted}, every photo of it. Answers 204 once the
	 * deletion is recorded; the other services remove the data shortly after. Repeating the call is
	 * harmless.
	 */
	@DeleteMapping("/api/users/me")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt) {
		this.deletion.delete(OwnerIds.of(jwt));
		return ResponseEntity.noContent().build();
	}

}
