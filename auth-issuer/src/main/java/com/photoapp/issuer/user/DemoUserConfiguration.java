package com.photoapp.issuer.user;

import com.photoapp.issuer.IssuerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Signs in the development fixture users from {@code photoapp.issuer.users}; see
 * {@link IssuerProperties.User} for why their passwords may be stored as plain configuration.
 */
@Configuration(proxyBeanMethods = false)
class DemoUserConfiguration {

	@Bean
	UserDetailsService userDetailsService(IssuerProperties properties) {
		return new InMemoryUserDetailsManager(
				properties.users().stream().map(DemoUserConfiguration::toUserDetails).toList());
	}

	private static UserDetails toUserDetails(IssuerProperties.User user) {
		return User.withUsername(user.username()).password(user.password()).roles("USER").build();
	}

}
