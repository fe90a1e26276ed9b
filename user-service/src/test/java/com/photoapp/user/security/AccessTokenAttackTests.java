package com.photoapp.user.security;

import com.photoapp.user.UserServiceTest;
import com.photoapp.testsupport.AbstractAccessTokenAttackTests;

/** A request that bypasses the gateway meets the same token checks in user-service. */
@UserServiceTest
class AccessTokenAttackTests extends AbstractAccessTokenAttackTests {

	@Override
	protected String apiPath() {
		return "/api/users/me";
	}

	@Override
	protected String opsPath() {
		return "/ops/stats";
	}

}
