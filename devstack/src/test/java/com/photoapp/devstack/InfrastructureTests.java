package com.photoapp.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InfrastructureTests {

	@Test
	void postgresGivesEachServiceRoleItsOwnSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(Postgres.shared().jdbcUrl(), "photo_service", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table photos.probe(id int)");
			ResultSet owner = statement.executeQuery(
					"select nspowner::regrole::text from pg_namespace where nspname = 'photos'");
			owner.next();

			assertThat(owner.getString(1)).isEqualTo("photo_service");
		}
	}

	@Test
	void postgresKeepsServiceRolesOutOfOtherSchemas() throws SQLException {
		try (Connection connection = DriverManager.getConnection(Postgres.shared().jdbcUrl(), "user_service", "");
				Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.execute("create table photos.intruder(id int)"))
				.withMessageContaining("permission denied");
		}
	}

	@Test
	void kafkaBrokerAcceptsConnections() {
		String servers = KafkaBroker.shared().bootstrapServers();

		assertThat(FreePorts.isListening(Integer.parseInt(servers.substring(servers.indexOf(':') + 1)))).isTrue();
	}

	@Test
	void azuriteConnectionStringPointsAtTheRunningEmulator() {
		String connection = Azurite.shared().connectionString();
		int port = Integer.parseInt(connection.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"));

		assertThat(FreePorts.isListening(port)).isTrue();
	}

}
