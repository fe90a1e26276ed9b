package com.photoapp.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OwnerIdsTests {

	@Test
	void sameIssuerAndSubjectGiveTheSameOwner() {
		assertThat(OwnerIds.of("https://tenant.auth0.com/", "auth0|42"))
			.isEqualTo(OwnerIds.of("https://tenant.auth0.com/", "auth0|42"));
	}

	@Test
	void sameSubjectFromAnotherIssuerIsAnotherOwner() {
		UUID first = OwnerIds.of("https://a.auth0.com/", "auth0|42");
		UUID second = OwnerIds.of("https://b.auth0.com/", "auth0|42");

		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void separatorPreventsIssuerAndSubjectFromShiftingIntoEachOther() {
		assertThat(OwnerIds.of("https://a/x", "y")).isNotEqualTo(OwnerIds.of("https://a/", "xy"));
	}

	@Test
	void rejectsMissingSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> OwnerIds.of("https://a/", null))
			.withMessageContaining("subject");
	}

}
