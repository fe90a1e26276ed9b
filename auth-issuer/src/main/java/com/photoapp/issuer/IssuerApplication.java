package com.photoapp.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Local OpenID Connect issuer that stands in for Auth0 in development and tests; it never runs in
 * production.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IssuerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IssuerApplication.class, args);
	}

}
