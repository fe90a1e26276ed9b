package com.photoapp.gateway.spa;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves {@code /app-config.json}, the SPA's sign-in settings. */
@Configuration(proxyBeanMethods = false)
class SpaConfigRoutes {

	@Bean
	RouterFunction<ServerResponse> spaConfig(SpaProperties properties) {
		return RouterFunctions.route()
			.GET("/app-config.json",
					(request) -> ServerResponse.ok().cacheControl(CacheControl.noCache()).bodyValue(properties))
			.build();
	}

}
