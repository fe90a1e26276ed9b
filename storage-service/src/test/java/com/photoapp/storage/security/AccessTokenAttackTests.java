package com.photoapp.storage.security;

import com.photoapp.storage.StorageServiceTest;
import com.photoapp.testsupport.AbstractAccessTokenAttackTests;

/** A request that bypasses the gateway meets the same token checks in storage-service. */
@StorageServiceTest
class AccessTokenAttackTests extends AbstractAccessTokenAttackTests {

	@Override
	protected String apiPath() {
		return "/api/photos/00000000-0000-0000-0000-000000000001/content";
	}

	@Override
	protected String opsPath() {
		return "/ops/pending-uploads";
	}

}
