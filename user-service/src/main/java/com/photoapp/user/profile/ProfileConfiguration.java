package com.photoapp.user.profile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the account settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersProperties.class)
class ProfileConfiguration {

}
