package com.photoapp.photo.security;

import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.testsupport.AbstractAccessTokenAttackTests;

/** A request that bypasses the gateway meets the same token checks in photo-service. */
@PhotoServiceTest
class AccessTokenAttackTests extends AbstractAccessTokenAttackTests {

	@Override
	protected String apiPath() {
		return "/api/photos";
	}

	@Override
	protected String opsPath() {
		return "/ops/outbox";
	}

}
