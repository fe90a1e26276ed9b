package com.photoapp.gateway.security;

import java.net.InetSocketAddress;
import java.util.Set;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Applies {@code Forwarded} and {@code X-Forwarded-*} only when the connection comes from a
 * configured proxy; from anyone else the headers are removed, so a client cannot claim another
 * address, host or scheme, here or at the services behind the gateway.
 */
final class TrustedProxies extends ForwardedHeaderTransformer {

	private final Set<String> proxies;

	private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

	TrustedProxies(Set<String> proxies) {
		this.proxies = proxies;
		this.remover.setRemoveOnly(true);
	}

	@Override
	public ServerHttpRequest apply(ServerHttpRequest request) {
		return isTrusted(request.getRemoteAddress()) ? super.apply(request) : this.remover.apply(request);
	}

	private boolean isTrusted(InetSocketAddress remote) {
		return remote != null && remote.getAddress() != null
				&& this.proxies.contains(remote.getAddress().getHostAddress());
	}

}
