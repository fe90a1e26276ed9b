package com.photoapp.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for deciding, with Spring Boot's relaxed binding, whether an environment variable sets a
 * property an application reads.
 */
class SpringSettingsTests {

	private static final SpringSettings SETTINGS = SpringSettings.of(Repository.root());

	@Test
	void bindsPropertyFromApplicationYaml() {
		assertThat(SETTINGS.binds("storage-service", "PHOTOAPP_STORAGE_PHOTO_SERVICE_URI")).isTrue();
	}

	@Test
	void bindsRecordComponentWithoutDefaultInYaml() {
		assertThat(SETTINGS.binds("storage-service", "PHOTOAPP_STORAGE_ENDPOINT")).isTrue();
	}

	@Test
	void bindsSettingOfAProjectModuleTheApplicationUses() {
		assertThat(SETTINGS.binds("user-service", "PHOTOAPP_OUTBOX_BATCH_SIZE")).isTrue();
	}

	@Test
	void bindsSpringBootPropertyFromItsMetadata() {
		assertThat(SETTINGS.binds("photo-service", "SPRING_DATASOURCE_PASSWORD")).isTrue();
		assertThat(SETTINGS.binds("photo-service", "SPRING_KAFKA_SECURITY_PROTOCOL")).isTrue();
	}

	@Test
	void bindsEntryOfAMapProperty() {
		assertThat(SETTINGS.binds("photo-service", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).isTrue();
	}

	@Test
	void refusesMisspeltVariable() {
		assertThat(SETTINGS.binds("storage-service", "PHOTOAPP_STORAGE_CONECTION_STRING")).isFalse();
	}

	@Test
	void refusesPropertyOfAnotherApplication() {
		assertThat(SETTINGS.binds("gateway", "PHOTOAPP_STORAGE_ENDPOINT")).isFalse();
	}

}
