package com.photoapp.user.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of new accounts.
 *
 * @param defaultQuota storage a new user may fill
 */
@ConfigurationProperties("photoapp.users")
record UsersProperties(@DefaultValue("10GB") DataSize defaultQuota) {

	UsersProperties {
		if (defaultQuota.isNegative()) {
			throw new IllegalArgumentException("photoapp.users.default-quota must not be negative");
		}
	}

}
