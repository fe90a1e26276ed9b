package com.photoapp.user.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts for operators; {@code /ops/**} needs the {@code ops} permission and is not routed by the gateway. */
@RestController
class OpsController {

	private final JdbcClient jdbc;

	OpsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/ops/stats")
	UserStats stats() {
		return new UserStats(this.jdbc.sql("select count(*) from app_user").query(Long.class).single());
	}

	/**
	 * How many accounts exist.
	 *
	 * @param users the number of accounts
	 */
	record UserStats(long users) {

	}

}
