package com.photoapp.storage.reconcile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs a reconciliation on an operator's request; {@code /ops/**} requires the {@code ops}
 * permission. A dry run unless {@code dryRun=false} is asked for. The operator's token is passed
 * on to photo-service, which is why there is no scheduled run yet: the service has no credential
 * of its own to call photo-service with.
 */
@RestController
@EnableConfigurationProperties(ReconciliationProperties.class)
class ReconciliationController {

	private final Reconciliation reconciliation;

	ReconciliationController(Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@PostMapping("/ops/reconciliation")
	ReconciliationReport reconcile(@AuthenticationPrincipal Jwt operator,
			@RequestParam(defaultValue = "true") boolean dryRun) {
		return this.reconciliation.run(operator.getTokenValue(), dryRun);
	}

}
